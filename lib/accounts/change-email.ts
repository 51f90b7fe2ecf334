import { db } from "@/lib/db";
import { changeEmailSchema } from "@/lib/validations/auth";
import { sendAccountExistsNotice } from "./account-exists-notice";
import { admitAccountEmail } from "./account-email-limit";
import { confirmCurrentPassword } from "./confirm-current-password";
import { sendEmailVerification } from "./email-verification";
import { parseForm, refuse, type FormResult } from "./form-result";

const PASSWORD_FIRST =
  "Set a password first (Email me a link, under Password): changing your address asks for it, so an open session is not enough to take the account.";

/**
 * A new email address takes effect only when a link sent to it is followed
 * (./email-verification): until then the account keeps its current, confirmed address. An
 * address another account holds gets the same answer, and its owner a note, so this form
 * cannot tell who has an account.
 */
export async function requestEmailChange(userId: string, input: unknown, ip: string): Promise<FormResult> {
  const parsed = parseForm(changeEmailSchema, input);
  if (!parsed.ok) return parsed;
  const { email, currentPassword } = parsed.data;
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true, passwordHash: true },
  });
  if (email === user.email) return refuse("email", "This is already your email address.");
  if (!user.passwordHash) return refuse("form", PASSWORD_FIRST);
  const passwordProblem = await confirmCurrentPassword(userId, currentPassword, ip);
  if (passwordProblem) return refuse("currentPassword", passwordProblem);
  await admitAccountEmail(userId);
  const taken = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (taken) await sendAccountExistsNotice(email, "email-change");
  else await sendEmailVerification(user, email);
  return { ok: true };
}

/** The address waiting for its link to be followed, if any. */
export async function pendingEmailChange(userId: string, currentEmail: string): Promise<string | null> {
  const pending = await db.accountToken.findFirst({
    where: {
      userId,
      purpose: "email_verification",
      usedAt: null,
      expiresAt: { gt: new Date() },
      email: { not: currentEmail },
    },
    select: { email: true },
    orderBy: { createdAt: "desc" },
  });
  return pending?.email ?? null;
}
