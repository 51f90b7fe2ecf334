import { headers } from "next/headers";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/permissions/actor";
import { clientIp } from "@/lib/http/client-ip";

/** The signed-in person acting in this request, and from where (the audit logs record it). */
export async function requestActor(userId: string): Promise<Actor> {
  const requestHeaders = await headers();
  const ip = clientIp(requestHeaders, env().TRUSTED_PROXY_HOPS);
  // No address in the proxy chain: recorded as none (null), not as the word "unknown".
  return { userId, ip: ip === "unknown" ? null : ip, userAgent: requestHeaders.get("user-agent") };
}
