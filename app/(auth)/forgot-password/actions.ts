"use server";

import { headers } from "next/headers";
import { clientIp } from "@/lib/http/client-ip";
import { env } from "@/lib/env";
import type { FormResult } from "@/lib/accounts/form-result";
import { requestPasswordReset } from "@/lib/accounts/password-reset";

export async function requestReset(input: unknown): Promise<FormResult> {
  return requestPasswordReset(input, clientIp(await headers(), env().TRUSTED_PROXY_HOPS));
}
