import { z } from "zod";
import { unstorableTextReason } from "@/lib/db/storable";
import type { FieldErrors, FormFailure } from "@/lib/forms/results";

// The General page's team form, parsed the same way by the form and its server action.

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

export const renameTeamFormSchema = z.object({ name: teamNameSchema });

export type RenameTeamFormValues = z.input<typeof renameTeamFormSchema>;
export type RenameTeamField = "name";
export type RenameTeamResult = { ok: true; name: string } | FormFailure<RenameTeamField>;

/** The rename form's check before it asks the server (the server parses the same schema). */
export function parseRenameTeamForm(
  values: RenameTeamFormValues,
): { success: true } | { success: false; fieldErrors: FieldErrors<RenameTeamField> } {
  const parsed = renameTeamFormSchema.safeParse(values);
  if (parsed.success) return { success: true };
  return { success: false, fieldErrors: { name: parsed.error.issues[0]?.message } };
}
