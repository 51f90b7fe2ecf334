// `npm run worker`: the webhook delivery loop and usage pruning on their own, against
// DATABASE_URL (or the embedded database a running `npm start` serves), until
// SIGTERM/SIGINT. It can run next to the server's own loop (claims never overlap, pruning
// skips rows another instance holds) or instead of it, with WEBHOOKS_WORKER_IN_SERVER=false
// on the server.
import { disconnectDatabase } from "@/lib/db";
import { runShutdownHooks } from "@/lib/lifecycle";
import { startUsageRetention } from "@/lib/usage/retention";
import { startWebhookWorker } from "@/lib/webhooks/worker";
import { provideDatabase } from "./lib/database";

const GRACE_MS = 30_000;

async function main() {
  const database = await provideDatabase();
  process.env.DATABASE_URL = database.url;
  console.log(`▸ Database: ${database.embedded ? "embedded Postgres" : "DATABASE_URL"}`);
  startWebhookWorker();
  startUsageRetention();
  console.log("▸ Webhook worker and usage pruning running; SIGTERM or Ctrl-C stops them after the work in flight");

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`▸ ${signal}: finishing deliveries in flight`);
    const forceExit = setTimeout(() => process.exit(1), GRACE_MS);
    forceExit.unref();
    await runShutdownHooks();
    await disconnectDatabase();
    await database.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
