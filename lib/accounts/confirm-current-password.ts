import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { assertSignInAllowed, recordFailedSignIn, TooManyAttemptsError } from "@/lib/auth/sign-in-throttle";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

/**
 * Whether the person typed their password again before a sensitive change (email,
 * password): a session left open on a shared computer must not be enough. Wrong answers
 * count as failed sign-ins, so this cannot be used to guess either.
 * Null when confirmed, else the message for the field.
 */
export async function confirmCurrentPassword(userId: string, password: string, ip: string): Promise<string | null> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, passwordHash: true } });
  try {
    await assertSignInAllowed(user.email, ip);
  } catch (error) {
    if (error instanceof TooManyAttemptsError) return signInErrorMessage(error.message);
    throw error;
  }
  if (await verifyPassword(password, user.passwordHash)) return null;
  await recordFailedSignIn(user.email, ip);
  return "That's not your current password.";
}
