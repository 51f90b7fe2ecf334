"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireUserId } from "@/lib/auth/session";
import { setCurrentTeamCookie } from "@/lib/auth/current-team";
import { resendEmailVerification } from "@/lib/accounts/email-verification";
import { sendOrRefuse, type FormResult } from "@/lib/accounts/form-result";

export async function switchTeam(teamId: string): Promise<{ ok: boolean }> {
  const userId = await requireUserId();
  const membership = await db.membership.findUnique({
    where: { teamId_userId: { teamId, userId } },
    select: { id: true },
  });
  if (!membership) return { ok: false };
  await setCurrentTeamCookie(teamId);
  revalidatePath("/", "layout");
  return { ok: true };
}

/** "Resend" on the unconfirmed-email banner and the Account page. */
export async function resendVerification(): Promise<FormResult> {
  const userId = await requireUserId();
  return sendOrRefuse(() => resendEmailVerification(userId));
}
