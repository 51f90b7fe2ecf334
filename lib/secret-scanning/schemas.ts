// What secret scanning receives and announces: GitHub's alert body and feedback (its
// partner program's format), and the `api_key.exposed` webhook object.
import { z } from "zod";
import { idSchema, timestamp } from "@/lib/http/wire-schemas";

export const MAX_TOKENS_PER_ALERT = 1_000;

/** GitHub's name for what it matched: ours, as registered with its partner program. */
export const TOKEN_TYPE = "mavio_api_key";

/** One match GitHub reports. Fields GitHub may add later are ignored, not refused. */
const githubMatch = z
  .object({
    token: z.string().min(1).max(1_000),
    type: z.string().max(200),
    url: z.string().max(2_048).default(""),
    source: z.string().max(100).default(""),
  })
  .loose();

export const githubAlertSchema = z
  .array(githubMatch)
  .max(MAX_TOKENS_PER_ALERT, { error: `Send at most ${MAX_TOKENS_PER_ALERT} tokens per request.` });
export type GitHubMatch = z.infer<typeof githubMatch>;

export type TokenLabel = "true_positive" | "false_positive";

/** GitHub's feedback entry: whether each token was one of ours (active or not). */
export interface TokenFeedback {
  token_hash: string;
  token_type: typeof TOKEN_TYPE;
  label: TokenLabel;
}

export const keyExposureId = idSchema("kex", "A key exposure id (`kex_...`).");

export const API_KEY_EXPOSURE_EXAMPLE = {
  object: "api_key_exposure",
  id: "kex_7a1b2c3d4e5f60718293a4b5",
  api_key: {
    id: "key_3f9c2a7e51b04d8a9e6c1f27",
    name: "CRM Sync",
    masked_key: "mavio_sk_...x7Qe",
    status: "revoked",
  },
  url: "https://github.com/acme/crm-sync/blob/4b825dc/config.js",
  source: "content",
  reporter: "github",
  revoked: true,
  reported_at: "2026-12-04T09:30:00.000Z",
} as const;

export const apiKeyExposureSchema = z
  .strictObject({
    object: z.literal("api_key_exposure"),
    id: keyExposureId,
    api_key: z.strictObject({
      id: idSchema("key", "The API key's id (`key_...`)."),
      name: z.string(),
      masked_key: z.string().meta({ description: "The key's prefix and last four characters." }),
      status: z
        .enum(["active", "expiring_soon", "expired", "revoked"])
        .meta({ description: "The key's status after the report was handled." }),
    }),
    url: z
      .string()
      .meta({ description: "Where the key was found, as the scanner reported it; empty if it did not say." }),
    source: z
      .string()
      .meta({ description: "What the scanner was looking at (GitHub: `content`, `commit`, `pull_request`, ...)." }),
    reporter: z.literal("github"),
    revoked: z.boolean().meta({
      description:
        "Whether this report revoked the key: false when the team chose Alert only, or the key no longer worked.",
    }),
    reported_at: timestamp,
  })
  .meta({ id: "ApiKeyExposure", description: "A place in public where one of the team's API keys was found." });
export type ApiKeyExposureObject = z.infer<typeof apiKeyExposureSchema>;
