"use server";

import { headers } from "next/headers";
import { clientIp } from "@/lib/http/client-ip";
import { env } from "@/lib/env";
import { signUpWithPassword, type SignUpResult } from "@/lib/users/sign-up-with-password";

export async function signUp(input: unknown): Promise<SignUpResult> {
  return signUpWithPassword(input, clientIp(await headers(), env().TRUSTED_PROXY_HOPS));
}

/** Sign-up from an invitation link: the account joins the inviting team. */
export async function signUpThroughInvitation(token: string, input: unknown): Promise<SignUpResult> {
  const requestHeaders = await headers();
  return signUpWithPassword(input, clientIp(requestHeaders, env().TRUSTED_PROXY_HOPS), {
    token: String(token),
    userAgent: requestHeaders.get("user-agent"),
  });
}
