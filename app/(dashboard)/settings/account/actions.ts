"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { admitAccountEmail } from "@/lib/accounts/account-email-limit";
import { requestEmailChange } from "@/lib/accounts/change-email";
import { changePassword } from "@/lib/accounts/change-password";
import { disconnectGitHub } from "@/lib/accounts/disconnect-github";
import { sendOrRefuse, type FormResult } from "@/lib/accounts/form-result";
import { sendPasswordResetLink } from "@/lib/accounts/password-reset";
import { updateProfile } from "@/lib/accounts/update-profile";
import { reissueSession } from "@/lib/auth/reissue-session";
import { requireUserId } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/http/client-ip";

const requestIp = async () => clientIp(await headers(), env().TRUSTED_PROXY_HOPS);

export async function saveProfile(input: unknown): Promise<FormResult> {
  const result = await updateProfile(await requireUserId(), input);
  // The name is on every page (the account menu) and in every list of members.
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function changeEmail(input: unknown): Promise<FormResult> {
  const userId = await requireUserId();
  const result = await sendOrRefuse(async () => requestEmailChange(userId, input, await requestIp()));
  if (result.ok) revalidatePath("/settings/account");
  return result;
}

export async function savePassword(input: unknown): Promise<FormResult> {
  const { sessionVersion, ...result } = await changePassword(await requireUserId(), input, await requestIp());
  if (sessionVersion !== undefined) await reissueSession(sessionVersion);
  return result;
}

/** For accounts that sign in with GitHub only: a password is set through the reset link, which proves the inbox. */
export async function emailPasswordLink(): Promise<FormResult> {
  const userId = await requireUserId();
  const { email } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  return sendOrRefuse(async () => {
    await admitAccountEmail(userId);
    await sendPasswordResetLink(email);
  });
}

export async function disconnectGitHubSignIn(): Promise<FormResult> {
  const result = await disconnectGitHub(await requireUserId());
  if (result.ok) revalidatePath("/settings/account");
  return result;
}
