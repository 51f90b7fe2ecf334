"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { switchTeam } from "@/app/(dashboard)/actions";
import { DEFAULT_LANDING } from "@/lib/auth/callback-url";
import { requireUserId } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { failureFrom } from "@/lib/forms/failure";
import type { FormFailure } from "@/lib/forms/results";
import { clientIp } from "@/lib/http/client-ip";
import { acceptInvitation } from "@/lib/teams/invitations/accept-invitation";

/** "Join <team>": accepts for the signed-in person, then opens the team (a refusal stays on the page). */
export async function joinInvitedTeam(token: string): Promise<FormFailure> {
  const [userId, requestHeaders] = await Promise.all([requireUserId(), headers()]);
  const ip = clientIp(requestHeaders, env().TRUSTED_PROXY_HOPS);
  const actor = { userId, ip: ip === "unknown" ? null : ip, userAgent: requestHeaders.get("user-agent") };
  let teamId: string;
  try {
    ({ teamId } = await acceptInvitation(actor, String(token)));
  } catch (error) {
    return failureFrom(error);
  }
  await switchTeam(teamId);
  redirect(DEFAULT_LANDING);
}
