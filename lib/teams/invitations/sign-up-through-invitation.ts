import { DomainError } from "@/lib/errors/domain-error";
import { createUser, EmailTakenError } from "@/lib/users/create-user";
import type { SignUpResult } from "@/lib/users/sign-up-with-password";
import type { SignUpInput } from "@/lib/validations/auth";
import { findInvitationByToken } from "./find-invitation-by-token";
import { expiredInvitationMessage, INVITATION_NOT_VALID } from "./invitation-errors";
import { joinThroughInvitation } from "./join-through-invitation";

/**
 * A new account made from an invitation link: it joins the inviting team with the
 * invitation's role instead of getting a team of its own, and its email is verified (the
 * link reached that inbox). A link that no longer works creates nothing.
 */
export async function signUpThroughInvitation(
  account: SignUpInput,
  token: string,
  from: { ip: string; userAgent: string | null },
): Promise<SignUpResult> {
  const lookup = await findInvitationByToken(token);
  if (lookup.status === "not_found") return { ok: false, errors: { form: INVITATION_NOT_VALID } };
  const { invitation } = lookup;
  if (lookup.status === "expired") return { ok: false, errors: { form: expiredInvitationMessage(invitation) } };
  if (account.email !== invitation.email) {
    return {
      ok: false,
      errors: { email: `This invitation is for ${invitation.email}. Sign up with that address to accept it.` },
    };
  }
  try {
    await createUser(account, (tx, user) =>
      joinThroughInvitation(tx, token, { actor: { userId: user.id, ...from }, ...user }),
    );
  } catch (error) {
    if (error instanceof EmailTakenError) {
      return {
        ok: false,
        errors: { form: `${invitation.email} already has a Mavio account. Sign in to accept the invitation.` },
      };
    }
    if (error instanceof DomainError) return { ok: false, errors: { form: error.message } };
    throw error;
  }
  return { ok: true };
}
