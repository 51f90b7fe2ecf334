import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { processWide, replaceProcessWide } from "@/lib/process-wide";
import { parseDatabaseUrl } from "./connection";

export type Database = PrismaClient;

export function createDatabaseClient(url: string, options: { poolSize?: number } = {}): Database {
  const { pool, schema } = parseDatabaseUrl(url, options.poolSize);
  return new PrismaClient({ adapter: new PrismaPg(pool, { schema }) });
}

function processClient(): Database {
  return processWide("db", () => {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set. Start the app with `npm start` (it provides an embedded database) or set DATABASE_URL.",
      );
    }
    return createDatabaseClient(url);
  });
}

/**
 * The process's one Prisma client. Created on first use, so importing this module (as
 * `next build` does) needs no database; process-wide so dev reloads reuse the pool.
 */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const client = processClient();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** Closes the process's pool; the next use of `db` opens a new one (e.g. after DATABASE_URL changed). */
export async function disconnectDatabase(): Promise<void> {
  const client = replaceProcessWide<Database>("db", undefined);
  await client?.$disconnect();
}

/** A table name qualified with DATABASE_URL's schema, for the few raw SQL statements. */
export function qualifiedTable(table: string): Prisma.Sql {
  const { schema } = parseDatabaseUrl(process.env.DATABASE_URL ?? "postgresql://localhost/db");
  return Prisma.raw(`"${schema}"."${table}"`);
}
