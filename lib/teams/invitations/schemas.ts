import { z } from "zod";
import type { FieldErrors, FormFailure } from "@/lib/forms/results";
import { signInSchema } from "@/lib/validations/auth";
import { roleSchema } from "@/lib/teams/members/member-forms";

// The invitation forms' schemas, parsed by the dialog, its server actions and the domain alike.

/** Read as sign-up and sign-in read addresses (trimmed, lower case), so the invitation and the account match. */
const invitedEmail = signInSchema.shape.email;

export const inviteMemberSchema = z.object({
  email: invitedEmail,
  role: roleSchema,
});

export type InviteMemberInput = z.output<typeof inviteMemberSchema>;
export type InviteMemberFormValues = z.input<typeof inviteMemberSchema>;
export type InviteMemberField = keyof InviteMemberFormValues;

export const invitationIdSchema = z.object({ invitationId: z.string().min(1, "Choose an invitation") });

/** The dialog's check before it asks the server. */
export function parseInviteMemberForm(
  values: InviteMemberFormValues,
): { success: true } | { success: false; fieldErrors: FieldErrors<InviteMemberField> } {
  const parsed = inviteMemberSchema.safeParse(values);
  if (parsed.success) return { success: true };
  const fieldErrors: FieldErrors<InviteMemberField> = {};
  for (const issue of parsed.error.issues) fieldErrors[inviteFieldOf(issue.path[0]) ?? "email"] ??= issue.message;
  return { success: false, fieldErrors };
}

export function inviteFieldOf(field: PropertyKey | undefined): InviteMemberField | null {
  return field === "email" || field === "role" ? field : null;
}

/** `emailSent` false: the invitation is saved but its email did not go out (the person can Resend). */
export type InviteMemberResult = { ok: true; email: string; emailSent: boolean } | FormFailure<InviteMemberField>;
export type ResendInvitationResult = { ok: true; email: string; emailSent: boolean } | FormFailure;
export type CancelInvitationResult = { ok: true } | FormFailure;
