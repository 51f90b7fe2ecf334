import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { changePasswordSchema } from "@/lib/validations/auth";
import { confirmCurrentPassword } from "./confirm-current-password";
import { parseForm, refuse, type FormResult } from "./form-result";

const NO_PASSWORD_YET = 'Your account signs in with GitHub and has no password yet. Use "Email me a link" to set one.';

/**
 * A new password from the Account page. Every session of the account is signed out
 * (the session version goes up); the caller re-issues the current one with the new
 * version, so the person who changed it stays signed in here.
 */
export async function changePassword(
  userId: string,
  input: unknown,
  ip: string,
): Promise<FormResult & { sessionVersion?: number }> {
  const parsed = parseForm(changePasswordSchema, input);
  if (!parsed.ok) return parsed;
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!passwordHash) return refuse("form", NO_PASSWORD_YET);
  const passwordProblem = await confirmCurrentPassword(userId, parsed.data.currentPassword, ip);
  if (passwordProblem) return refuse("currentPassword", passwordProblem);
  const { sessionVersion } = await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(parsed.data.password), sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return { ok: true, sessionVersion };
}
