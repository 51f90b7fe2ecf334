import { z } from "zod";
import { unstorableTextReason } from "@/lib/db/storable";
import type { FieldErrors, FormFailure } from "@/lib/forms/results";

// The team name forms (rename on the General page, create on /no-team), parsed the same
// way by each form and its server action.

export const TEAM_NAME_MAX = 64;

export const teamNameSchema = z
  .string()
  .trim()
  .min(1, "Give the team a name")
  .max(TEAM_NAME_MAX, `Use at most ${TEAM_NAME_MAX} characters`)
  .superRefine((name, context) => {
    const reason = unstorableTextReason(name);
    if (reason) context.addIssue({ code: "custom", message: reason });
  });

export const teamNameFormSchema = z.object({ name: teamNameSchema });

export type TeamNameFormValues = z.input<typeof teamNameFormSchema>;
export type TeamNameField = "name";
export type RenameTeamResult = { ok: true; name: string } | FormFailure<TeamNameField>;
/** Creating succeeds by opening the new team, so all the action answers is a refusal. */
export type CreateTeamResult = FormFailure<TeamNameField>;

export const teamNameFieldOf = (field: PropertyKey | undefined): TeamNameField | null =>
  field === "name" ? "name" : null;

/** A team name form's check before it asks the server (the server parses the same schema). */
export function parseTeamNameForm(
  values: TeamNameFormValues,
): { success: true } | { success: false; fieldErrors: FieldErrors<TeamNameField> } {
  const parsed = teamNameFormSchema.safeParse(values);
  if (parsed.success) return { success: true };
  return { success: false, fieldErrors: { name: parsed.error.issues[0]?.message } };
}
