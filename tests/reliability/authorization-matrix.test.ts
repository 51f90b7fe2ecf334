import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ANY_KEY } from "@/lib/keys/scopes";
import { type Operation } from "@/lib/api/v1/operation";
import { NO_KEY } from "@/lib/keys/scopes";
import { OPERATION_LIST } from "@/lib/api/v1/operations";
import { createApiKey } from "@/lib/keys/create-key";
import { revokeApiKey } from "@/lib/keys/revoke-key";
import { rotateApiKey } from "@/lib/keys/rotate-key";
import { SCOPE_NAMES, type Scope } from "@/lib/keys/scopes";
import { db } from "../helpers/database";
import {
  apiTeam,
  bodyScopes,
  operationBody,
  operationParams,
  seedContent,
  type SeededContent,
} from "../helpers/v1-fixtures";
import { callOperation } from "../helpers/v1-routes";
import { setUpV1Test } from "../helpers/v1-setup";

setUpV1Test();

// Every /api/v1 operation against keys of every kind: scoped (random scope sets), revoked,
// expired, rotated out, malformed, another team's, and from an address outside the key's
// allowlist; aimed at the key's own team's objects or another team's. Whatever the
// combination, nothing succeeds that should not, and each refusal names the right reason.
const GUARDED = OPERATION_LIST.filter((operation) => operation.scope !== NO_KEY);

type KeyKind = "scoped" | "revoked" | "expired" | "rotated_out" | "malformed" | "other_team" | "ip_blocked";

interface Fixture {
  own: SeededContent;
  foreign: SeededContent;
  keyWith: (scopes: readonly Scope[]) => Promise<string>;
  special: Record<Exclude<KeyKind, "scoped">, string>;
}
let fixture: Fixture;

beforeAll(async () => {
  const [home, away] = await Promise.all([apiTeam("enterprise"), apiTeam("enterprise")]);
  await db.team.update({ where: { id: home.team.id }, data: { customRateLimit: 1_000_000 } });
  const [own, foreign] = await Promise.all([seedContent(home.team.id), seedContent(away.team.id)]);
  const create = (name: string, extra: { expiresAt?: Date; ipAllowlist?: string[] } = {}) =>
    createApiKey(home.admin, home.team.id, {
      name,
      scopes: SCOPE_NAMES,
      expiresAt: extra.expiresAt ?? null,
      ipAllowlist: extra.ipAllowlist,
    });
  const revoked = await create("revoked");
  await revokeApiKey(home.admin, home.team.id, revoked.record.id);
  const expired = await create("expired", { expiresAt: new Date(Date.now() + 1_000) });
  const rotated = await create("rotated");
  await rotateApiKey(home.admin, home.team.id, rotated.record.id, "now");
  const blocked = await create("allowlisted", { ipAllowlist: ["203.0.113.0/24"] });
  const valid = await home.allScopes();
  await new Promise((resolve) => setTimeout(resolve, 1_100)); // let `expired` expire
  fixture = {
    own,
    foreign,
    keyWith: home.keyWith,
    special: {
      revoked: revoked.key,
      expired: expired.key,
      rotated_out: rotated.key,
      malformed: `${valid.slice(0, -3)}${valid.slice(-3) === "AAA" ? "BBB" : "AAA"}`,
      other_team: await away.allScopes(),
      ip_blocked: blocked.key,
    },
  };
}, 60_000);

type Expected = { status: number; code: string } | "allowed";

function expectedOutcome(
  operation: Operation,
  kind: KeyKind,
  scopes: readonly Scope[],
  foreignTarget: boolean,
  body: unknown,
): Expected {
  if (kind === "malformed") return { status: 401, code: "invalid_api_key" };
  if (kind === "revoked") return { status: 401, code: "revoked_api_key" };
  if (kind === "expired" || kind === "rotated_out") return { status: 401, code: "expired_api_key" };
  if (kind === "ip_blocked") return { status: 403, code: "ip_not_allowed" };
  if (operation.scope !== ANY_KEY && !scopes.includes(operation.scope as Scope))
    return { status: 403, code: "insufficient_scope" };
  const hasIds = operation.path.includes("{");
  // Our key on the other team's ids, or theirs on ours: not found, never forbidden.
  if (hasIds && foreignTarget !== (kind === "other_team")) return { status: 404, code: "not_found" };
  // Subscribing a webhook endpoint to an event needs the event's read scope too.
  if (!bodyScopes(body).every((scope) => scopes.includes(scope))) return { status: 403, code: "insufficient_scope" };
  return "allowed";
}

const combination = fc.record({
  operation: fc.constantFrom(...GUARDED),
  kind: fc.constantFrom<KeyKind>(
    "scoped",
    "scoped",
    "scoped",
    "revoked",
    "expired",
    "rotated_out",
    "malformed",
    "other_team",
    "ip_blocked",
  ),
  scopes: fc.subarray([...SCOPE_NAMES], { minLength: 1 }),
  foreignTarget: fc.boolean(),
  host: fc.integer({ min: 1, max: 250 }),
});

describe("the authorization matrix", () => {
  it("lets no request through that should not pass, and refuses each for the right reason", async () => {
    let allowed = 0;
    await fc.assert(
      fc.asyncProperty(combination, async ({ operation, kind, scopes, foreignTarget, host }) => {
        const key = kind === "scoped" ? await fixture.keyWith(scopes) : fixture.special[kind];
        const keyScopes = kind === "scoped" ? scopes : SCOPE_NAMES;
        const target = foreignTarget ? fixture.foreign : fixture.own;
        const body = operationBody(operation, target);
        const response = await callOperation(operation, {
          key,
          params: operationParams(operation, target),
          body,
          headers: { "x-forwarded-for": `10.${host}.${host % 7}.9` },
        });
        const expected = expectedOutcome(operation, kind, keyScopes, foreignTarget, body);
        if (expected === "allowed") {
          allowed += 1;
          // Authorised: whatever the handler says (a deleted object is 404 later), never 401/403.
          expect([401, 403], `${operation.operationId} ${kind}`).not.toContain(response.status);
          expect(response.status).toBeLessThan(500);
        } else {
          expect(response.status, `${operation.operationId} ${kind} ${foreignTarget ? "foreign" : "own"}`).toBe(
            expected.status,
          );
          expect((await response.json()).code).toBe(expected.code);
        }
      }),
      { numRuns: 2_000, seed: 42 },
    );
    expect(allowed).toBeGreaterThan(100);
  }, 300_000);
});
