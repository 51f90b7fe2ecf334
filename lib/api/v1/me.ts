// GET /me: the calling key, its scopes and its team.
import { z } from "zod";
import type { ApiContext } from "@/lib/api/api-route";
import { SCOPE_NAMES } from "@/lib/keys/scopes";
import { timestamp } from "@/lib/http/wire-schemas";

export const meSchema = z
  .strictObject({
    id: z.string().meta({ example: "key_4d3c2b1a0f9e8d7c6b5a4f3e" }),
    name: z.string().meta({ example: "CRM Sync" }),
    scopes: z.array(z.enum(SCOPE_NAMES)),
    expires_at: timestamp.nullable(),
    created_at: timestamp,
    team: z.strictObject({
      id: z.string(),
      name: z.string(),
      plan: z.enum(["free", "pro", "team", "enterprise"]),
      rate_limit_per_minute: z.number().int().min(1),
    }),
  })
  .meta({
    id: "ApiKeyIdentity",
    examples: [
      {
        id: "key_4d3c2b1a0f9e8d7c6b5a4f3e",
        name: "CRM Sync",
        scopes: ["meetings:read", "notes:read", "action-items:read"],
        expires_at: "2027-02-24T12:00:00.000Z",
        created_at: "2026-11-26T12:00:00.000Z",
        team: { id: "team_8c7b6a5f4e3d2c1b0a9f8e7d", name: "Acme", plan: "pro", rate_limit_per_minute: 300 },
      },
    ],
  });

type KeyIdentity = z.infer<typeof meSchema>;

// A cached key brings the same key and team objects to every request, so its answer is made
// once per load of the key: the two dates alone cost ~1 µs each to format.
const identities = new WeakMap<object, { team: object; identity: Readonly<KeyIdentity> }>();

export function describeKey({ key, team }: Pick<ApiContext<unknown, unknown>, "key" | "team">): Readonly<KeyIdentity> {
  const known = identities.get(key);
  if (known?.team === team) return known.identity;
  const identity = Object.freeze({
    id: key.id,
    name: key.name,
    scopes: key.scopes,
    expires_at: key.expiresAt?.toISOString() ?? null,
    created_at: key.createdAt.toISOString(),
    team: { id: team.id, name: team.name, plan: team.plan, rate_limit_per_minute: team.rateLimitPerMinute },
  });
  identities.set(key, { team, identity });
  return identity;
}
