"use server";

import { teamAction } from "@/lib/forms/team-action";
import { cancelInvitationFromForm, inviteMemberFromForm, resendInvitationFromForm } from "./invitation-form-handlers";

const THE_PAGE = { revalidate: { path: "/settings/members" } };

export const inviteMemberAction = teamAction(inviteMemberFromForm, THE_PAGE);
export const resendInvitationAction = teamAction(resendInvitationFromForm, THE_PAGE);
export const cancelInvitationAction = teamAction(cancelInvitationFromForm, THE_PAGE);
