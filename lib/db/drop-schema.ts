import pg from "pg";
import { parseDatabaseUrl } from "./connection";

/** Removes the URL's schema and everything in it: throwaway databases for tests. */
export async function dropSchema(url: string): Promise<void> {
  const { pool, schema } = parseDatabaseUrl(url, 1);
  if (schema === "public") throw new Error("Refusing to drop the public schema");
  const client = new pg.Client(pool);
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
