import { formHandler, type FormHandler } from "@/lib/forms/form-handler";
import { renameTeam } from "@/lib/teams/rename-team";
import { teamNameFieldOf, teamNameFormSchema, type RenameTeamResult } from "@/lib/teams/team-settings-schemas";

// The General page's form handlers. The team domain checks who may change the team itself.

export const renameTeamFromForm: FormHandler<RenameTeamResult> = formHandler(
  { parse: teamNameFormSchema, failures: { fieldOf: teamNameFieldOf } },
  async ({ name }, { actor, teamId }) => ({ ok: true, ...(await renameTeam(actor, teamId, name)) }),
);
