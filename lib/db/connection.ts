import type { PoolConfig } from "pg";

export interface DatabaseConnection {
  pool: PoolConfig;
  /** Postgres schema holding Mavio's tables; `?schema=` in the URL, as Prisma reads it. */
  schema: string;
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** Splits a postgres:// URL into pg pool options and the Prisma-style `schema` parameter. */
export function parseDatabaseUrl(url: string, poolSize = 10): DatabaseConnection {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") || "public";
  if (!SCHEMA_NAME.test(schema)) throw new Error(`DATABASE_URL: "${schema}" is not a valid schema name`);
  return {
    pool: {
      host: parsed.hostname || "127.0.0.1",
      port: Number(parsed.port || 5432),
      user: decodeURIComponent(parsed.username) || undefined,
      password: decodeURIComponent(parsed.password) || undefined,
      database: decodeURIComponent(parsed.pathname.slice(1)) || undefined,
      max: poolSize,
      connectionTimeoutMillis: 5_000,
    },
    schema,
  };
}

export function withSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("schema", schema);
  return parsed.toString();
}
