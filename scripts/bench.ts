// `npm run bench`: throughput of GET /api/v1/me (full guard: key, scope, rate limit,
// usage) against the bare GET /api/health, in one run, on a production build. Target:
// authenticated >= 85% of bare. Also reports database transactions on the hot path and
// the server's memory before and after.
//   --no-build     reuse the existing build     --duration S   seconds per round (default 10)
//   --connections N,M  concurrency levels, each measured for both routes (default 10,50)
import { spawn } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { createDatabaseClient } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrate";
import { generateApiKey } from "@/lib/keys/format";
import { authSecret } from "./lib/auth-secret";
import { provideDatabase } from "./lib/database";
import { run, waitForHttp } from "./lib/process";
import { provideRedis } from "./lib/redis";

const { values: flags } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10,50" },
    port: { type: "string", default: "3400" },
  },
});
const TARGET_RATIO = 0.85;
const ROUNDS = 3;

interface Round {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

function load(url: string, seconds: number, connections: number, headers: Record<string, string> = {}): Promise<Round> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, headers }, (error, result) => {
      if (error) return reject(error);
      resolve({
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
      });
    });
  });
}

async function rssKb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

async function committedTransactions(url: string): Promise<number | null> {
  const { pool } = parseDatabaseUrl(url, 1);
  const client = new pg.Client(pool);
  try {
    await client.connect();
    const { rows } = await client.query(
      "SELECT xact_commit::bigint AS n FROM pg_stat_database WHERE datname = current_database()",
    );
    return Number(rows[0]?.n ?? 0);
  } catch {
    return null; // the embedded database has no statistics collector
  } finally {
    await client.end().catch(() => {});
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median round: one noisy round on a shared two-core machine does not move it. */
function typical(rounds: Round[]): Round {
  const pick = (get: (round: Round) => number) => median(rounds.map(get));
  return {
    requestsPerSecond: pick((r) => r.requestsPerSecond),
    p50: pick((r) => r.p50),
    p99: pick((r) => r.p99),
    non2xx: rounds.reduce((total, r) => total + r.non2xx, 0),
    errors: rounds.reduce((total, r) => total + r.errors, 0),
  };
}

async function main() {
  const port = Number(flags.port);
  const seconds = Number(flags.duration);
  const database = await provideDatabase({ isolated: "bench" });
  const redis = await provideRedis();
  await applyMigrations(database.url);

  // An Enterprise team whose limit the load cannot reach: the guard runs in full, the
  // handler answers 200, and no 429 shortcut flatters the numbers.
  const client = createDatabaseClient(database.url, { poolSize: 2 });
  const team = await client.team.create({
    data: { name: "Bench", slug: `bench-${Date.now()}`, plan: "enterprise", customRateLimit: 100_000_000 },
  });
  const { key, hash, last4 } = generateApiKey();
  await client.apiKey.create({ data: { teamId: team.id, name: "bench", hash, last4, scopes: ["meetings:read"] } });
  await client.$disconnect();

  const env = {
    ...process.env,
    ...redis.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: await authSecret(),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!flags["no-build"]) await run("npx", ["next", "build"], { env, stdio: ["ignore", "ignore", "inherit"] });
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "--port", String(port)], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/api/health`, 60_000, server);
    const auth = { authorization: `Bearer ${key}` };
    const rssBefore = await rssKb(server.pid!);

    await load(`${base}/api/health`, 3, 10);
    await load(`${base}/api/v1/me`, 3, 10, auth); // warm-up: JIT, connection pools, the key cache

    const transactionsBefore = await committedTransactions(database.url);
    let guardedRequests = 0;
    const levels = [];
    for (const connections of flags.connections.split(",").map(Number)) {
      const bare: Round[] = [];
      const guarded: Round[] = [];
      // Alternating rounds, so drift in the machine's speed hits both routes alike.
      for (let round = 0; round < ROUNDS; round++) {
        bare.push(await load(`${base}/api/health`, seconds, connections));
        const result = await load(`${base}/api/v1/me`, seconds, connections, auth);
        guarded.push(result);
        guardedRequests += result.requestsPerSecond * seconds;
      }
      const roundRatios = guarded.map((round, index) =>
        Number((round.requestsPerSecond / bare[index]!.requestsPerSecond).toFixed(3)),
      );
      levels.push({
        connections,
        bare: typical(bare),
        authenticated: typical(guarded),
        roundRatios,
        ratio: median(roundRatios),
      });
    }
    const transactionsAfter = await committedTransactions(database.url);
    const rssAfter = await rssKb(server.pid!);

    const report = {
      date: new Date().toISOString(),
      rateLimiter: redis.description,
      database: database.embedded ? "embedded" : "DATABASE_URL",
      secondsPerRound: seconds,
      roundsPerRoute: ROUNDS,
      target: TARGET_RATIO,
      levels,
      databaseTransactionsDuringAuthenticatedLoad:
        transactionsBefore === null || transactionsAfter === null ? null : transactionsAfter - transactionsBefore,
      authenticatedRequests: Math.round(guardedRequests),
      serverRssMb: { before: Math.round(rssBefore / 1024), after: Math.round(rssAfter / 1024) },
    };
    await mkdir("bench-results", { recursive: true });
    await writeFile("bench-results/latest.json", `${JSON.stringify(report, null, 2)}\n`);

    const line = (name: string, r: Round) =>
      `    ${name.padEnd(22)} ${r.requestsPerSecond.toFixed(0).padStart(6)} req/s   p50 ${r.p50.toFixed(1)} ms   p99 ${r.p99.toFixed(1)} ms   non-2xx ${r.non2xx}   errors ${r.errors}`;
    console.log(
      `\nAPI benchmark (${ROUNDS} alternating ${seconds}s rounds per route and level, medians; limiter: ${report.rateLimiter})`,
    );
    for (const level of levels) {
      console.log(`  ${level.connections} connections`);
      console.log(line("GET /api/health (bare)", level.bare));
      console.log(line("GET /api/v1/me", level.authenticated));
      const rounds = level.roundRatios.map((ratio) => `${(ratio * 100).toFixed(1)}%`).join(", ");
      console.log(
        `    ratio ${(level.ratio * 100).toFixed(1)}% (rounds ${rounds}; target >= ${TARGET_RATIO * 100}%) ${level.ratio >= TARGET_RATIO ? "met" : "NOT met"}`,
      );
    }
    if (report.databaseTransactionsDuringAuthenticatedLoad !== null) {
      console.log(
        `  database transactions during ${report.authenticatedRequests} authenticated requests (incl. the 1/s usage flush): ${report.databaseTransactionsDuringAuthenticatedLoad}`,
      );
    }
    console.log(
      `  server RSS: ${report.serverRssMb.before} MB before, ${report.serverRssMb.after} MB after\n  written to bench-results/latest.json`,
    );
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    await Promise.allSettled([database.stop(), redis.stop()]);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
