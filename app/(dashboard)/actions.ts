"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireUserId } from "@/lib/auth/session";
import { CURRENT_TEAM_COOKIE } from "@/lib/auth/current-team";
import { resendEmailVerification } from "@/lib/accounts/email-verification";
import { sendOrRefuse, type FormResult } from "@/lib/accounts/form-result";

export async function switchTeam(teamId: string): Promise<{ ok: boolean }> {
  const userId = await requireUserId();
  const membership = await db.membership.findUnique({
    where: { teamId_userId: { teamId, userId } },
    select: { id: true },
  });
  if (!membership) return { ok: false };
  (await cookies()).set(CURRENT_TEAM_COOKIE, teamId, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && process.env.NEXTAUTH_URL?.startsWith("https://"),
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
  revalidatePath("/", "layout");
  return { ok: true };
}

/** "Resend" on the unconfirmed-email banner and the Account page. */
export async function resendVerification(): Promise<FormResult> {
  const userId = await requireUserId();
  return sendOrRefuse(() => resendEmailVerification(userId));
}
