import { z } from "zod";
import type { FieldErrors, FormFailure } from "@/lib/forms/results";
import { ROLES } from "./roles";

// The Members page's forms, parsed the same way by its dialogs and their server actions. Client-safe.

export const roleSchema = z.enum(ROLES, { error: "Choose a role" });

const membershipId = z.string().min(1, "Choose a member").max(100);

export const changeRoleFormSchema = z.object({ membershipId, role: roleSchema });
export type ChangeRoleFormValues = z.input<typeof changeRoleFormSchema>;

export const memberFormSchema = z.object({ membershipId });

export const leaveTeamFormSchema = z.object({});

export type ChangeRoleResult = { ok: true } | FormFailure<"role">;
export type MemberActionResult = { ok: true } | FormFailure;
/** How many teams the person is still in: where they go next. */
export type LeaveTeamResult = { ok: true; remainingTeams: number } | FormFailure;

/** The role dialog's check before it asks the server (the server parses the same schema). */
export function parseChangeRoleForm(
  values: ChangeRoleFormValues,
): { success: true } | { success: false; fieldErrors: FieldErrors<"role"> } {
  const parsed = changeRoleFormSchema.safeParse(values);
  if (parsed.success) return { success: true };
  return { success: false, fieldErrors: { role: parsed.error.issues[0]?.message } };
}
