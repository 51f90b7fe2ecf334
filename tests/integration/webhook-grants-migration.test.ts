// The migration that gave endpoints their granted scopes: endpoints made before it record no
// creator, so each gets the read scopes every webhooks:manage key of its team holds.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "@/lib/db/connection";
import { createApiKey } from "@/lib/keys/create-key";
import { READ_SCOPES, type Scope } from "@/lib/keys/scopes";
import { db, setUpTestDatabase } from "../helpers/database";
import { createMember, createTeam } from "../helpers/factories";

setUpTestDatabase();

const MIGRATION = path.join(
  process.cwd(),
  "prisma",
  "migrations",
  "20261202012000_webhook_endpoint_granted_scopes",
  "migration.sql",
);

/** The migration's backfill statement, run again over the rows written below. */
async function runBackfill(): Promise<void> {
  const sql = await readFile(MIGRATION, "utf8");
  const backfill = sql.slice(sql.indexOf("UPDATE"));
  const { schema } = parseDatabaseUrl(process.env.DATABASE_URL!);
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL search_path TO "${schema}"`);
    await tx.$executeRawUnsafe(backfill);
  });
}

async function teamWithKeys(keyScopes: Scope[][]) {
  const team = await createTeam("enterprise");
  const admin = await createMember(team.id, "admin");
  for (const [index, scopes] of keyScopes.entries())
    await createApiKey(admin, team.id, { name: `Key ${index}`, scopes, expiresAt: null });
  const endpoint = await db.webhookEndpoint.create({
    data: {
      teamId: team.id,
      url: "https://example.com/hooks",
      secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      enabledEvents: ["meeting.created", "note.created"],
    },
    select: { id: true },
  });
  return async () =>
    (await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id }, select: { grantedScopes: true } }))
      .grantedScopes;
}

describe("the granted scopes backfill", () => {
  it("names every read scope there is", async () => {
    const sql = await readFile(MIGRATION, "utf8");
    const listed = [
      ...sql
        .slice(sql.indexOf("unnest(ARRAY["))
        .split("]")[0]!
        .matchAll(/'([^']+)'/g),
    ].map((match) => match[1]);
    expect(listed).toEqual(READ_SCOPES);
  });

  it("grants each existing endpoint no more than the least-scoped webhooks:manage key of its team reads", async () => {
    const noKeys = await teamWithKeys([]);
    const readersOnly = await teamWithKeys([["webhooks:manage", ...READ_SCOPES], ["meetings:read"]]);
    const manageOnly = await teamWithKeys([["webhooks:manage", ...READ_SCOPES], ["webhooks:manage"]]);
    const meetings = await teamWithKeys([
      ["webhooks:manage", "meetings:read", "notes:read"],
      ["webhooks:manage", "meetings:read", "team:read"],
    ]);

    await runBackfill();

    // Only owners and admins (every scope) can have made these in the settings UI.
    expect(await noKeys()).toEqual(READ_SCOPES);
    expect(await readersOnly()).toEqual(READ_SCOPES);
    // Could have been the webhooks:manage-only key: nothing.
    expect(await manageOnly()).toEqual([]);
    expect(await meetings()).toEqual(["meetings:read"]);
  });
});
