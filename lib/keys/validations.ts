import { z } from "zod";
import { allowlistEntryProblem } from "./allowlist-entry";
import { SCOPE_NAMES } from "./scopes";

// Shared by the key domain functions, the settings forms and their server actions.
export const KEY_NAME_MAX = 64;
export const EXPIRATION_PRESET_DAYS = [30, 60, 90] as const;
export const RECOMMENDED_EXPIRATION_DAYS = 90;
export const MAX_ALLOWLIST_ENTRIES = 50;

export const keyNameSchema = z
  .string()
  .trim()
  .min(1, "Give the key a name, e.g. the integration that will use it")
  .max(KEY_NAME_MAX, `Use at most ${KEY_NAME_MAX} characters`);

export const scopesSchema = z
  .array(z.enum(SCOPE_NAMES, { error: "Unknown scope" }))
  .min(1, "Choose at least one scope")
  .transform((scopes) => SCOPE_NAMES.filter((scope) => scopes.includes(scope)));

export const ipAllowlistSchema = z
  .array(z.string().trim().min(1))
  .max(MAX_ALLOWLIST_ENTRIES, `Use at most ${MAX_ALLOWLIST_ENTRIES} entries`)
  .superRefine((entries, context) => {
    for (const entry of entries) {
      const problem = allowlistEntryProblem(entry);
      if (problem) context.addIssue({ code: "custom", message: problem });
    }
  });

export const createKeySchema = z.object({
  name: keyNameSchema,
  scopes: scopesSchema,
  /** null: the key never expires. */
  expiresAt: z.date().nullable(),
  ipAllowlist: ipAllowlistSchema.default([]),
});

export type CreateKeyInput = z.input<typeof createKeySchema>;

export const ROTATION_GRACE = { now: 0, "1h": 3_600_000, "24h": 86_400_000, "7d": 604_800_000 } as const;
export type RotationGrace = keyof typeof ROTATION_GRACE;
export const rotationGraceSchema = z.enum(Object.keys(ROTATION_GRACE) as [RotationGrace, ...RotationGrace[]]);
