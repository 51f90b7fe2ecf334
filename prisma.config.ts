import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { defineConfig } from "prisma/config";

// The CLI downloads a native query engine when the datasource URL is unset, which cannot
// work offline; a placeholder keeps `prisma generate` on the Wasm path. Commands that
// connect (migrate) get the real URL from scripts/db.ts or the environment.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/mavio";

const TEXT_OID = 25;
const CATALOG_TYPES_THE_ADAPTER_REJECTS = new Set([18 /* "char" */, 19 /* name */]);

// Workaround for prisma/orm#27403: the 6.x pg adapter throws on the catalog column types
// "char" and name that the schema engine reads during migrate. Reporting them as text is
// what the engine expects. Only the promise form of query() is used by the adapter.
const originalQuery = pg.Pool.prototype.query as (...args: unknown[]) => Promise<pg.QueryResult>;
pg.Pool.prototype.query = async function patchedQuery(this: pg.Pool, ...args: unknown[]) {
  const result = await originalQuery.apply(this, args);
  for (const field of result?.fields ?? []) {
    if (CATALOG_TYPES_THE_ADAPTER_REJECTS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
} as typeof pg.Pool.prototype.query;

function discreteConfig(url: string): pg.PoolConfig {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username) || undefined,
    password: decodeURIComponent(parsed.password) || undefined,
    database: parsed.pathname.slice(1) || undefined,
  };
}

// Workaround for prisma/orm#27403, part two: the adapter's own shadow database handling
// ignores the database name and cannot drop a database it is connected to. `migrate dev`
// uses SHADOW_DATABASE_URL instead, after emptying its public schema.
class MigrationAdapterFactory extends PrismaPg {
  async connectToShadowDb() {
    const shadowUrl = process.env.SHADOW_DATABASE_URL;
    if (!shadowUrl) throw new Error("Set SHADOW_DATABASE_URL to run `prisma migrate dev`.");
    const shadow = new PrismaPg(discreteConfig(shadowUrl));
    const adapter = await shadow.connect();
    await adapter.executeScript("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    return adapter;
  }
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new MigrationAdapterFactory(discreteConfig(process.env.DATABASE_URL!)),
});
