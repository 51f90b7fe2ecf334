import { minutesUntil, tooManyAttemptsMessage } from "@/lib/auth/sign-in-errors";
import { admitSignUp } from "@/lib/auth/sign-up-throttle";
import { fieldErrors, signUpSchema } from "@/lib/validations/auth";
import { createUserWithPersonalTeam, EmailTakenError } from "./create-user";

/** `ok`: go on to sign in with these credentials. */
export type SignUpResult = { ok: true } | { ok: false; errors: Record<string, string> };

/**
 * Sign-up with a password, at most SIGN_UPS_PER_IP_PER_HOUR per client address. A taken
 * email answers exactly like a new one, after the same password hashing, so this answer
 * does not tell who has an account. Signing in next only works for the account's owner,
 * and is throttled like any sign-in: until emails are verified that difference cannot be
 * hidden, only slowed down.
 */
export async function signUpWithPassword(input: unknown, ip: string): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const admission = await admitSignUp(ip);
  if (!admission.success) return { ok: false, errors: { form: tooManyAttemptsMessage(minutesUntil(admission.reset)) } };
  try {
    await createUserWithPersonalTeam(parsed.data);
  } catch (error) {
    if (!(error instanceof EmailTakenError)) throw error;
  }
  return { ok: true };
}
