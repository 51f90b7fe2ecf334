import { formHandler, type FormHandler } from "@/lib/forms/form-handler";
import { cancelInvitation } from "@/lib/teams/invitations/cancel-invitation";
import { inviteMember } from "@/lib/teams/invitations/invite-member";
import { resendInvitation } from "@/lib/teams/invitations/resend-invitation";
import {
  invitationIdSchema,
  inviteFieldOf,
  inviteMemberSchema,
  type CancelInvitationResult,
  type InviteMemberResult,
  type ResendInvitationResult,
} from "@/lib/teams/invitations/schemas";

// The Members page's invitation handlers. The invitation domain checks who may invite as
// what, so the handlers name no permission.

export const inviteMemberFromForm: FormHandler<InviteMemberResult> = formHandler(
  { parse: inviteMemberSchema, failures: { fieldOf: inviteFieldOf } },
  async (input, { actor, teamId }) => {
    const { invitation, emailSent } = await inviteMember(actor, teamId, input);
    return { ok: true, email: invitation.email, emailSent };
  },
);

export const resendInvitationFromForm: FormHandler<ResendInvitationResult> = formHandler(
  { parse: invitationIdSchema },
  async ({ invitationId }, { actor, teamId }) => {
    const { invitation, emailSent } = await resendInvitation(actor, teamId, invitationId);
    return { ok: true, email: invitation.email, emailSent };
  },
);

export const cancelInvitationFromForm: FormHandler<CancelInvitationResult> = formHandler(
  { parse: invitationIdSchema },
  async ({ invitationId }, { actor, teamId }) => {
    await cancelInvitation(actor, teamId, invitationId);
    return { ok: true };
  },
);
