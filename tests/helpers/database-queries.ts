import { PrismaPg } from "@prisma/adapter-pg";
import { disconnectDatabase } from "@/lib/db";
import { parseDatabaseUrl } from "@/lib/db/connection";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { replaceProcessWide } from "@/lib/process-wide";

/**
 * Replaces the app's Prisma client with a real one that also reports each SQL statement it
 * sends, so a test can count what reached the database (say, key lookups) without mocks.
 */
export async function observeDatabaseQueries(): Promise<{ readonly statements: string[] }> {
  await disconnectDatabase();
  const { pool, schema } = parseDatabaseUrl(process.env.DATABASE_URL!);
  const client = new PrismaClient({
    adapter: new PrismaPg(pool, { schema }),
    log: [{ emit: "event", level: "query" }],
  });
  const observed = { statements: [] as string[] };
  client.$on("query", (event) => observed.statements.push(event.query));
  replaceProcessWide("db", client);
  return observed;
}
