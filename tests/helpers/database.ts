import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { db, disconnectDatabase } from "@/lib/db";
import { withSchema } from "@/lib/db/connection";
import { dropSchema } from "@/lib/db/drop-schema";
import { applyMigrations } from "@/lib/db/migrate";

/**
 * Gives the calling test file its own migrated schema and points the app's `db` at it,
 * so files run in parallel against the real server without seeing each other's rows.
 */
export function setUpTestDatabase(): { readonly url: string } {
  const state = { url: "" };
  beforeAll(async () => {
    state.url = withSchema(inject("databaseUrl"), `test_${randomBytes(6).toString("hex")}`);
    await applyMigrations(state.url);
    await disconnectDatabase();
    process.env.DATABASE_URL = state.url;
  });
  afterAll(async () => {
    await disconnectDatabase();
    await dropSchema(state.url);
  });
  return state;
}

export { db };
