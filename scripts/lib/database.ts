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
  const embedded = options.isolated
    ? await startTemporaryEmbeddedPostgres()
    : await startEmbeddedPostgres({ port: Number(process.env.EMBEDDED_DB_PORT || 54329) });
  return { ...embedded, embedded: true };
}
