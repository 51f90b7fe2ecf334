import pg from "pg";
import { withSchema } from "@/lib/db/connection";
import { dropSchema } from "@/lib/db/drop-schema";
import { startEmbeddedPostgres, startTemporaryEmbeddedPostgres } from "@/lib/db/embedded";

export interface ProvidedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when set, else embedded Postgres. `isolated` gives a throwaway database
 * (a fresh schema on a real server, a temporary folder for the embedded one) for tests.
 */
export async function provideDatabase(options: { isolated?: string } = {}): Promise<ProvidedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured && options.isolated) {
    const url = withSchema(configured, options.isolated);
    await dropSchema(url);
    return { url, embedded: false, stop: () => dropSchema(url) };
  }
  if (configured) return { url: configured, embedded: false, stop: async () => {} };
  if (options.isolated) return { ...(await startTemporaryEmbeddedPostgres()), embedded: true };
  const port = Number(process.env.EMBEDDED_DB_PORT || 54329);
  // A running `npm start` already serves the embedded database: share it (PGlite's folder
  // can only be opened by one process).
  const running = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  if (await answers(running)) return { url: running, embedded: true, stop: async () => {} };
  return { ...(await startEmbeddedPostgres({ port })), embedded: true };
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
