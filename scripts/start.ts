// `npm start` (production build) and `npm run dev`: provides the database (DATABASE_URL or
// embedded Postgres), applies migrations, seeds the demo data, then serves the app.
//   --dev            next dev instead of next build + next start
//   --port N         listen on N (default PORT or 3000)
//   --isolated NAME  a throwaway database (fresh schema or temporary embedded folder)
//   --no-build       reuse the existing .next build
//   --no-seed        skip the demo data
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { createDatabaseClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { seed } from "@/prisma/seed";
import { DEMO_PASSWORD, DEMO_TEAMS, DEMO_USERS } from "@/prisma/seed-data/users";
import { authSecret } from "./lib/auth-secret";
import { provideDatabase } from "./lib/database";
import { provideRedis } from "./lib/redis";
import { run, waitForHttp } from "./lib/process";

const { values: flags } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", default: process.env.PORT || "3000" },
    isolated: { type: "string" },
    "no-build": { type: "boolean", default: false },
    "no-seed": { type: "boolean", default: false },
  },
});

async function main() {
  const port = Number(flags.port);
  const database = await provideDatabase({ isolated: flags.isolated });
  console.log(`▸ Database: ${database.embedded ? "embedded Postgres (PGlite, data in .data/)" : "DATABASE_URL"}`);
  const applied = await applyMigrations(database.url);
  console.log(`▸ Migrations: ${applied.length ? `applied ${applied.join(", ")}` : "up to date"}`);
  if (!flags["no-seed"]) {
    // The seed's usage goes through the ingest, whose SQL names tables in DATABASE_URL's schema.
    process.env.DATABASE_URL = database.url;
    const client = createDatabaseClient(database.url, { poolSize: 4 });
    await seed(client);
    await client.$disconnect();
    console.log("▸ Demo data: ready");
  }

  const redis = await provideRedis();
  console.log(`▸ Rate limits: ${redis.description}`);

  const env = {
    ...process.env,
    ...redis.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: await authSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    // The embedded database is one Postgres session: keep the webhook worker sequential.
    ...(database.embedded ? { WEBHOOKS_WORKER_CONCURRENCY: process.env.WEBHOOKS_WORKER_CONCURRENCY ?? "1" } : {}),
  };
  if (!flags.dev && !flags["no-build"]) await run("npx", ["next", "build"], { env });

  const serveArgs = ["--import", "tsx", "scripts/serve.ts", "--port", String(port), ...(flags.dev ? ["--dev"] : [])];
  const server = spawn(process.execPath, serveArgs, { stdio: "inherit", env });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.allSettled([database.stop(), redis.stop()]);
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.kill(signal);
    });
  }
  server.on("exit", (code) => void stop(code ?? 0));

  await waitForHttp(`http://127.0.0.1:${port}/sign-in`, 120_000, server);
  console.log(`\n  Mavio is running at http://localhost:${port}\n`);
  console.log(`  Demo logins (password: ${DEMO_PASSWORD})`);
  for (const user of DEMO_USERS) {
    const team = DEMO_TEAMS.find((candidate) => candidate.slug === user.team)!;
    console.log(`    ${user.email.padEnd(20)} ${user.role} of ${team.name} (${team.plan})`);
  }
  console.log("");
}

main().catch((error) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
