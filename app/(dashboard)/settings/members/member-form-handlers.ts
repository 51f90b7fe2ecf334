import { formHandler, type FormHandler } from "@/lib/forms/form-handler";
import { changeMemberRole } from "@/lib/teams/members/change-member-role";
import { leaveTeam } from "@/lib/teams/members/leave-team";
import {
  changeRoleFormSchema,
  leaveTeamFormSchema,
  memberFormSchema,
  type ChangeRoleResult,
  type LeaveTeamResult,
  type MemberActionResult,
} from "@/lib/teams/members/member-forms";
import { removeMember } from "@/lib/teams/members/remove-member";
import { transferOwnership } from "@/lib/teams/members/transfer-ownership";

// The Members page's form handlers. The member domain checks who may do what under the
// team's lock, so the handlers name no permission.

export const changeRoleFromForm: FormHandler<ChangeRoleResult> = formHandler(
  { parse: changeRoleFormSchema, failures: { fieldOf: (field) => (field === "role" ? "role" : null) } },
  async ({ membershipId, role }, { actor, teamId }) => {
    await changeMemberRole(actor, teamId, membershipId, role);
    return { ok: true };
  },
);

export const removeMemberFromForm: FormHandler<MemberActionResult> = formHandler(
  { parse: memberFormSchema },
  async ({ membershipId }, { actor, teamId }) => {
    await removeMember(actor, teamId, membershipId);
    return { ok: true };
  },
);

export const transferOwnershipFromForm: FormHandler<MemberActionResult> = formHandler(
  { parse: memberFormSchema },
  async ({ membershipId }, { actor, teamId }) => {
    await transferOwnership(actor, teamId, membershipId);
    return { ok: true };
  },
);

export const leaveTeamFromForm: FormHandler<LeaveTeamResult> = formHandler(
  { parse: leaveTeamFormSchema },
  async (_input, { actor, teamId }) => ({ ok: true, ...(await leaveTeam(actor, teamId)) }),
);
