import { minutesUntil, tooManyAttemptsMessage } from "@/lib/auth/sign-in-errors";
import { admitSignUp } from "@/lib/auth/sign-up-throttle";
import { fieldErrors, signUpSchema } from "@/lib/validations/auth";
import { sendAccountExistsNotice } from "@/lib/accounts/account-exists-notice";
import { sendEmailVerification } from "@/lib/accounts/email-verification";
import { sendAfterResponse } from "@/lib/accounts/send-after-response";
import { signUpThroughInvitation } from "@/lib/teams/invitations/sign-up-through-invitation";
import { createUserWithPersonalTeam, EmailTakenError } from "./create-user";

/** `ok`: go on to sign in with these credentials. */
export type SignUpResult = { ok: true } | { ok: false; errors: Record<string, string> };

/**
 * Sign-up with a password, at most SIGN_UPS_PER_IP_PER_HOUR per client address. A taken
 * email answers exactly like a new one, after the same password hashing, so this answer
 * does not tell who has an account: a new account gets a link to confirm its address, a
 * taken address a note to its owner. Signing in next only works for the account's owner,
 * and is throttled like any sign-in.
 */
export async function signUpWithPassword(
  input: unknown,
  ip: string,
  invitation?: { token: string; userAgent: string | null },
): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const admission = await admitSignUp(ip);
  if (!admission.success) return { ok: false, errors: { form: tooManyAttemptsMessage(minutesUntil(admission.reset)) } };
  // Joins the inviting team instead of making a personal one; the link verified the email.
  if (invitation)
    return signUpThroughInvitation(parsed.data, invitation.token, { ip, userAgent: invitation.userAgent });
  try {
    const user = await createUserWithPersonalTeam(parsed.data);
    sendAfterResponse("email verification", () => sendEmailVerification(user));
  } catch (error) {
    if (!(error instanceof EmailTakenError)) throw error;
    sendAfterResponse("account exists notice", () => sendAccountExistsNotice(parsed.data.email, "sign-up"));
  }
  return { ok: true };
}
