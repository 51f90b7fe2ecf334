// Operator commands against DATABASE_URL (or the embedded database when it is unset and
// the app is not running): `npm run db:migrate`, `npm run db:seed`.
import { createDatabaseClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { seed } from "@/prisma/seed";
import { provideDatabase } from "./lib/database";

async function main(command: string | undefined) {
  if (command !== "migrate" && command !== "seed") throw new Error("Usage: tsx scripts/db.ts migrate|seed");
  const database = await provideDatabase();
  try {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Applied ${applied.join(", ")}` : "Migrations are up to date");
    if (command === "seed") {
      // The seed's usage goes through the ingest, whose SQL names tables in DATABASE_URL's schema.
      process.env.DATABASE_URL = database.url;
      const client = createDatabaseClient(database.url, { poolSize: 4 });
      const summary = await seed(client);
      await client.$disconnect();
      console.log("Seeded:", summary);
    }
  } finally {
    await database.stop();
  }
}

main(process.argv[2]).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
