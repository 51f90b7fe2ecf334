import pg from "pg";
import { parseDatabaseUrl } from "@/lib/db/connection";
import { generateApiKey } from "@/lib/keys/format";

const KEYS_PER_TEAM = 10;
const ROWS_PER_INSERT = 5_000;

/**
 * Enterprise teams whose limit the load cannot reach, with `count` active keys, 10 a team:
 * the guard runs in full, the handler answers 200, and no 429 shortcut flatters the numbers.
 * Returns the secrets, to be presented round-robin.
 */
export async function createBenchKeys(databaseUrl: string, count: number): Promise<string[]> {
  const { pool, schema } = parseDatabaseUrl(databaseUrl, 1);
  const client = new pg.Client({ ...pool, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    const teams = Math.ceil(count / KEYS_PER_TEAM);
    const run = Date.now().toString(36);
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO teams (name, slug, plan, custom_rate_limit, updated_at)
       SELECT 'Bench ' || n, 'bench-${run}-' || n, 'enterprise', 100000000, now() FROM generate_series(1, $1) AS n
       RETURNING id`,
      [teams],
    );
    const secrets: string[] = [];
    for (let start = 0; start < count; start += ROWS_PER_INSERT) {
      const batch = Array.from({ length: Math.min(ROWS_PER_INSERT, count - start) }, (_, offset) => {
        const index = start + offset;
        return { ...generateApiKey(), teamId: rows[Math.floor(index / KEYS_PER_TEAM)]!.id, name: `bench ${index}` };
      });
      await client.query(
        `INSERT INTO api_keys (team_id, name, hash, last4, scopes, updated_at)
         SELECT team_id, name, hash, last4, ARRAY['meetings:read'], now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS k(team_id, name, hash, last4)`,
        [batch.map((k) => k.teamId), batch.map((k) => k.name), batch.map((k) => k.hash), batch.map((k) => k.last4)],
      );
      secrets.push(...batch.map((k) => k.key));
    }
    return secrets;
  } finally {
    await client.end();
  }
}
