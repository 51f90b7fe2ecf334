import pg from "pg";
import { describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrate";
import { db, setUpTestDatabase } from "../helpers/database";

const database = setUpTestDatabase();

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const { pool } = parseDatabaseUrl(database.url, 1);
  const client = new pg.Client(pool);
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("the schema", () => {
  it("is fully applied once and re-applying is a no-op", async () => {
    expect(await applyMigrations(database.url)).toEqual([]);
    const { schema } = parseDatabaseUrl(database.url);
    const tables = await query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = '${schema}' ORDER BY table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining([
        "_prisma_migrations",
        "action_items",
        "api_key_audit_events",
        "api_keys",
        "channel_meetings",
        "channel_members",
        "channels",
        "idempotency_records",
        "meetings",
        "memberships",
        "notes",
        "oauth_accounts",
        "participants",
        "recordings",
        "speaker_profiles",
        "teams",
        "transcript_segments",
        "usage_days",
        "usage_endpoints",
        "usage_hours",
        "usage_minutes",
        "users",
        "webhook_deliveries",
        "webhook_delivery_attempts",
        "webhook_endpoints",
        "webhook_events",
      ]),
    );
  });

  it("has the indexes the API's lookups need", async () => {
    const { schema } = parseDatabaseUrl(database.url);
    const indexes = await query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE schemaname = '${schema}'`);
    const definitions = indexes.map((i) => i.indexdef.replaceAll(`"${schema}".`, "").replaceAll(`${schema}.`, ""));
    expect(definitions).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/UNIQUE INDEX api_keys_hash_key ON api_keys USING btree \(hash\)/),
        expect.stringMatching(/meetings USING btree \(team_id, created_at, id\)/),
        expect.stringMatching(/usage_hours_pkey ON usage_hours USING btree \(key_id, hour, method, route, status\)/),
        expect.stringMatching(/usage_endpoints_pkey ON usage_endpoints USING btree \(key_id, method, route\)/),
        expect.stringMatching(/usage_minutes_minute_idx ON usage_minutes USING brin \(minute\)/),
      ]),
    );
  });

  it("gives every row an opaque, type-prefixed id", async () => {
    const team = await db.team.create({ data: { name: "Ids", slug: "ids" } });
    const meeting = await db.meeting.create({ data: { teamId: team.id, title: "Kick-off", platform: "zoom" } });
    expect(team.id).toMatch(/^team_[0-9a-f]{24}$/);
    expect(meeting.id).toMatch(/^mtg_[0-9a-f]{24}$/);
  });

  it("refuses to run when an applied migration was edited", async () => {
    const { schema } = parseDatabaseUrl(database.url);
    await query(`UPDATE "${schema}"."_prisma_migrations" SET checksum = 'edited'`);
    await expect(applyMigrations(database.url)).rejects.toThrow(/was edited after it was applied/);
  });
});
