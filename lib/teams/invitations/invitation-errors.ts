import { DomainError } from "@/lib/errors/domain-error";
import { formatDate } from "@/lib/format";
import type { InvitationView } from "./find-invitation-by-token";

// The refusals of an invitation link, in the words the invitation page and sign-up show.

export const INVITATION_NOT_VALID_TITLE = "This invitation link is not valid any more";
export const INVITATION_NOT_VALID_REASON = "It was used or canceled, or a newer invitation replaced it.";
export const INVITATION_NOT_VALID = `${INVITATION_NOT_VALID_TITLE}. ${INVITATION_NOT_VALID_REASON}`;

export const MANAGE_OWNER_INVITATION_REFUSAL = "Only owners can resend or cancel an invitation to join as an owner.";

export const INVITATION_NO_LONGER_PENDING = "This invitation is no longer pending: it was accepted or canceled.";

export class InvitationNotFoundError extends DomainError {
  constructor(message = INVITATION_NOT_VALID) {
    super("not_found", message);
  }
}

type ExpiredInvitation = Pick<InvitationView, "expiresAt" | "team" | "inviter">;

/** Who can send a new link: the inviter by name when known, else any manager of the team. */
export function expiredInvitationMessage({ expiresAt, team, inviter }: ExpiredInvitation): string {
  const whoToAsk = inviter
    ? `${inviter.name} (or another owner or admin of ${team.name})`
    : `an owner or admin of ${team.name}`;
  return `This invitation expired on ${formatDate(expiresAt)}. Ask ${whoToAsk} to send you a new one.`;
}

export class InvitationExpiredError extends DomainError {
  constructor(invitation: ExpiredInvitation) {
    super("invalid_request", expiredInvitationMessage(invitation));
  }
}

/** An invitation that passed the schema but breaks a rule about one of its fields. */
export class InvitationRuleError extends DomainError {
  constructor(code: "forbidden" | "conflict" | "validation_failed", field: "email" | "role", message: string) {
    super(code, message, { fieldErrors: [{ field, message }] });
  }
}
