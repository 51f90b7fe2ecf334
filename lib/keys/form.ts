import { z } from "zod";
import { KeyRuleError } from "./errors";
import {
  createKeySchema,
  EXPIRATION_PRESET_DAYS,
  keyNameSchema,
  MAX_ALLOWLIST_ENTRIES,
  RECOMMENDED_EXPIRATION_DAYS,
  rotationGraceSchema,
  scopesSchema,
  type CreateKeyInput,
  type RotationGrace,
} from "./validations";
import type { FieldErrors, FormFailure } from "@/lib/forms/results";

// The settings forms' view of the key schemas: what the dialogs hold (an expiration choice,
// a date field, allowlist text) and how it becomes the domain input. The dialogs and their
// server actions both parse with these, so the person sees the same messages either way.

const DAY_MS = 86_400_000;

export type ExpirationChoice = `${(typeof EXPIRATION_PRESET_DAYS)[number]}` | "custom" | "never";
const PRESET_CHOICES = EXPIRATION_PRESET_DAYS.map((days) => `${days}` as const);
export const EXPIRATION_CHOICES = [...PRESET_CHOICES, "custom", "never"] as ExpirationChoice[] as [
  ExpirationChoice,
  ...ExpirationChoice[],
];
export const DEFAULT_EXPIRATION: ExpirationChoice = `${RECOMMENDED_EXPIRATION_DAYS}` as const;

export const createKeyFormSchema = z.object({
  name: keyNameSchema,
  scopes: scopesSchema,
  expiration: z.enum(EXPIRATION_CHOICES, { error: "Choose when the key expires" }),
  /** YYYY-MM-DD from a date input; only read when expiration is "custom". */
  customExpiresOn: z.string().max(10).default(""),
  /** One address or CIDR range per line. */
  ipAllowlist: z
    .string()
    .max(MAX_ALLOWLIST_ENTRIES * 64, "The allowlist is too long")
    .default(""),
});

export type CreateKeyFormValues = z.input<typeof createKeyFormSchema>;
export type CreateKeyField = keyof CreateKeyFormValues;

export type CreateKeyFormResult =
  { success: true; data: CreateKeyInput } | { success: false; fieldErrors: FieldErrors<CreateKeyField> };

export function allowlistEntries(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A custom expiration date means "usable through that day" (UTC, like every date on the page). */
export function endOfDayUtc(isoDate: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const start = new Date(`${isoDate}T00:00:00.000Z`);
  if (Number.isNaN(start.getTime()) || start.toISOString().slice(0, 10) !== isoDate) return null;
  return new Date(start.getTime() + DAY_MS - 1);
}

export function expiresAtFor(choice: ExpirationChoice, customExpiresOn: string, now: Date): Date | null {
  if (choice === "never") return null;
  if (choice === "custom") return endOfDayUtc(customExpiresOn);
  return new Date(now.getTime() + Number(choice) * DAY_MS);
}

/** First message per field; allowlist problems are all kept, one per line. */
function collectErrors(
  error: z.ZodError,
  into: FieldErrors<string>,
  fieldFor: (path: PropertyKey | undefined) => string,
) {
  for (const issue of error.issues) {
    const field = fieldFor(issue.path[0]);
    if (field === "ipAllowlist" && into[field] && !into[field].includes(issue.message))
      into[field] += `\n${issue.message}`;
    else into[field] ??= issue.message;
  }
}

export function parseCreateKeyForm(values: unknown, now: Date = new Date()): CreateKeyFormResult {
  const form = createKeyFormSchema.safeParse(values);
  if (!form.success) {
    const fieldErrors: FieldErrors<string> = {};
    collectErrors(form.error, fieldErrors, (field) => String(field ?? "form"));
    return { success: false, fieldErrors };
  }
  const { name, scopes, expiration, customExpiresOn, ipAllowlist } = form.data;
  const expiresAt = expiresAtFor(expiration, customExpiresOn, now);
  if (expiration === "custom" && !expiresAt) {
    return { success: false, fieldErrors: { customExpiresOn: "Choose a date" } };
  }
  if (expiresAt && expiresAt <= now) {
    return { success: false, fieldErrors: { customExpiresOn: "Choose a date in the future" } };
  }
  const input = createKeySchema.safeParse({ name, scopes, expiresAt, ipAllowlist: allowlistEntries(ipAllowlist) });
  if (!input.success) {
    const fieldErrors: FieldErrors<string> = {};
    collectErrors(input.error, fieldErrors, (field) =>
      field === "expiresAt" ? "customExpiresOn" : String(field ?? "form"),
    );
    return { success: false, fieldErrors };
  }
  return { success: true, data: input.data };
}

/** Where a domain rule's complaint belongs in the create form. */
export function createFormFieldOf(error: KeyRuleError): CreateKeyField | null {
  if (error.field === "expiresAt") return "customExpiresOn";
  if (error.field === "ipAllowlist" || error.field === "name" || error.field === "scopes") return error.field;
  return null;
}

export const ROTATION_GRACE_OPTIONS: readonly { value: RotationGrace; label: string; description: string }[] = [
  { value: "now", label: "Immediately", description: "The old key stops working as soon as the new one exists." },
  { value: "1h", label: "In 1 hour", description: "Enough to update one integration and check it." },
  { value: "24h", label: "In 24 hours", description: "Time to deploy the new key everywhere and verify it." },
  { value: "7d", label: "In 7 days", description: "For integrations that are slow to redeploy." },
];

export const DEFAULT_ROTATION_GRACE: RotationGrace = "24h";

export const rotateKeyFormSchema = z.object({
  keyId: z.string().min(1, "Choose a key to rotate"),
  grace: rotationGraceSchema,
});

export const revokeKeyFormSchema = z.object({ keyId: z.string().min(1, "Choose a key to revoke") });

export const renameKeyFormSchema = z.object({
  keyId: z.string().min(1, "Choose a key to rename"),
  name: keyNameSchema,
});
export type RenameKeyFormValues = z.input<typeof renameKeyFormSchema>;
export type RenameKeyField = "name";

/** The rename dialog's check before it asks the server (the server parses the same schema). */
export function parseRenameKeyForm(
  values: RenameKeyFormValues,
): { success: true } | { success: false; fieldErrors: FieldErrors<RenameKeyField> } {
  const parsed = renameKeyFormSchema.safeParse(values);
  if (parsed.success) return { success: true };
  return {
    success: false,
    fieldErrors: { name: parsed.error.issues.find((issue) => issue.path[0] === "name")?.message },
  };
}

/** What a key dialog's server action answers: the new secret exactly once, or what to fix. */
export interface RevealedKey {
  id: string;
  name: string;
  last4: string;
  /** The full secret. Only ever held by the open dialog. */
  key: string;
}

export type CreateKeyResult = { ok: true; created: RevealedKey } | FormFailure<CreateKeyField>;
export type RotateKeyResult = { ok: true; created: RevealedKey; oldKeyExpiresAt: string } | FormFailure;
export type RevokeKeyResult = { ok: true } | FormFailure;
export type RenameKeyResult = { ok: true; name: string } | FormFailure<RenameKeyField>;
