// `npm run test:soak`: a bounded load on loopback against the production build: several
// teams and keys calling a mix of endpoints for a few minutes. Reports throughput,
// latency and errors, then checks that usage rollups equal the responses each key got
// and that the heap after garbage collection stays flat. Exits non-zero when a check fails.
//   --duration S (default 180)   --connections N per key (default 4)   --no-build
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { createDatabaseClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { generateApiKey } from "@/lib/keys/format";
import { SCOPE_NAMES } from "@/lib/keys/scopes";
import type { Plan } from "@/lib/generated/prisma/enums";
import { seed } from "@/prisma/seed";
import { authSecret } from "./lib/auth-secret";
import { provideDatabase } from "./lib/database";
import { run, waitForHttp } from "./lib/process";
import { provideRedis } from "./lib/redis";

const { values: flags } = parseArgs({
  options: {
    duration: { type: "string", default: "180" },
    connections: { type: "string", default: "4" },
    port: { type: "string", default: "3500" },
    "no-build": { type: "boolean", default: false },
  },
});

/** Heap growth (MB, after full GCs) between the first and last third of the run that still counts as flat. */
const FLAT_HEAP_MB = 40;

// Read paths every key may call; ids are filled from the seeded data.
const PATHS = [
  "/api/v1/me",
  "/api/v1/meetings?limit=20",
  "/api/v1/meetings/{meeting}",
  "/api/v1/meetings/{meeting}/transcript?format=vtt",
  "/api/v1/action-items?status=open",
  "/api/v1/channels",
  "/api/v1/speakers",
  "/api/v1/team",
  "/api/v1/nope",
];

interface KeyLoad {
  name: string;
  plan: Plan;
  keyId: string;
  key: string;
  paths: string[];
}

function load(base: string, target: KeyLoad, seconds: number) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url: base,
        connections: Number(flags.connections),
        duration: seconds,
        headers: { authorization: `Bearer ${target.key}` },
        requests: target.paths.map((path) => ({ method: "GET", path })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

async function main() {
  const port = Number(flags.port);
  const seconds = Number(flags.duration);
  const database = await provideDatabase({ isolated: "soak" });
  const redis = await provideRedis();
  await applyMigrations(database.url);
  // The seed's usage goes through the ingest, whose SQL names tables in DATABASE_URL's schema.
  process.env.DATABASE_URL = database.url;
  const client = createDatabaseClient(database.url, { poolSize: 2 });
  await seed(client);

  const acme = await client.team.findUniqueOrThrow({ where: { slug: "acme" }, select: { id: true } });
  const meeting = await client.meeting.findFirstOrThrow({
    where: { teamId: acme.id, status: "ready" },
    select: { id: true },
  });
  const targets: KeyLoad[] = [];
  // Several teams: a busy Enterprise one with two keys, a Pro one, and a Free team that
  // will hit its limit (429s are expected there and counted, not errors).
  for (const [name, plan, keys] of [
    ["Soak Enterprise", "enterprise", 2],
    ["Soak Pro", "pro", 1],
    ["Soak Free", "free", 1],
  ] as const) {
    const team =
      plan === "pro"
        ? acme
        : await client.team.create({
            data: {
              name,
              slug: `${name.toLowerCase().replace(/ /g, "-")}-${Date.now()}`,
              plan,
              customRateLimit: plan === "enterprise" ? 1_000_000 : null,
            },
          });
    for (let i = 0; i < keys; i++) {
      const { key, hash, last4 } = generateApiKey();
      const created = await client.apiKey.create({
        data: { teamId: team.id, name: `${name} ${i + 1}`, hash, last4, scopes: SCOPE_NAMES },
      });
      const paths = PATHS.map((path) =>
        path.replace("{meeting}", plan === "pro" ? meeting.id : "mtg_000000000000000000000000"),
      );
      targets.push({ name: `${name} ${i + 1}`, plan, keyId: created.id, key, paths });
    }
  }

  const env = {
    ...process.env,
    ...redis.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: await authSecret(),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!flags["no-build"]) await run("npx", ["next", "build"], { env, stdio: ["ignore", "ignore", "inherit"] });
  // --trace-gc prints the heap after every collection: the memory check reads it.
  const server = spawn(
    process.execPath,
    ["--trace-gc", "--import", "tsx", "scripts/serve.ts", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      env,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const startedAt = Date.now();
  const heapAfterFullGc: { at: number; mb: number }[] = [];
  createInterface({ input: server.stdout! }).on("line", (line) => {
    const match = /Mark-Compact[^>]*->\s*([\d.]+)/.exec(line);
    if (match) heapAfterFullGc.push({ at: Date.now() - startedAt, mb: Number(match[1]) });
  });

  let exitCode = 0;
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/api/health`, 60_000, server);
    console.log(
      `Soak: ${targets.length} keys x ${flags.connections} connections, ${seconds}s, ${PATHS.length} endpoints each`,
    );
    const loadStartedAt = Date.now() - startedAt;
    const results = await Promise.all(targets.map((target) => load(base, target, seconds)));
    server.kill("SIGTERM"); // graceful: in-flight requests finish, usage is flushed
    await new Promise((resolve) => server.once("exit", resolve));

    const rows = await client.usageHour.groupBy({ by: ["keyId"], _sum: { count: true } });
    const recorded = new Map(rows.map((row) => [row.keyId, row._sum.count ?? 0]));
    let total = 0;
    console.log(
      "\nkey                    responses   sent    2xx  4xx(not 429)   429   5xx errors p50 ms p99 ms recorded",
    );
    for (const [index, target] of targets.entries()) {
      const result = results[index]!;
      const responses = result["1xx"] + result["2xx"] + result["3xx"] + result["4xx"] + result["5xx"];
      const tooMany = Number((result.statusCodeStats as Record<string, { count: number }>)["429"]?.count ?? 0);
      total += responses;
      // autocannon stops with a request in flight on each connection: the server still
      // answered and counted those, so the count lies between the responses and the sent.
      const count = recorded.get(target.keyId) ?? 0;
      const matches = count >= responses && count <= result.requests.sent;
      if (!matches || result["5xx"] > 0) exitCode = 1;
      console.log(
        `${target.name.padEnd(22)} ${String(responses).padStart(9)} ${String(result.requests.sent).padStart(6)} ${String(result["2xx"]).padStart(6)} ${String(result["4xx"] - tooMany).padStart(13)} ${String(tooMany).padStart(5)} ${String(result["5xx"]).padStart(5)} ${String(result.errors).padStart(6)} ${String(result.latency.p50).padStart(6)} ${String(result.latency.p99).padStart(6)} ${String(count).padStart(8)}${matches ? "" : "  MISMATCH"}`,
      );
    }
    console.log(`\nthroughput: ${(total / seconds).toFixed(0)} req/s over ${seconds}s (${total} responses)`);

    const span = seconds * 1000;
    const early = heapAfterFullGc.filter((gc) => gc.at >= loadStartedAt && gc.at < loadStartedAt + span / 3);
    const late = heapAfterFullGc.filter((gc) => gc.at >= loadStartedAt + (2 * span) / 3);
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
    const growth = median(late.map((gc) => gc.mb)) - median(early.map((gc) => gc.mb));
    if (early.length && late.length) {
      const flat = growth < FLAT_HEAP_MB;
      if (!flat) exitCode = 1;
      console.log(
        `heap after full GC: ${median(early.map((gc) => gc.mb)).toFixed(0)} MB in the first third, ${median(late.map((gc) => gc.mb)).toFixed(0)} MB in the last (${growth >= 0 ? "+" : ""}${growth.toFixed(0)} MB; flat if < ${FLAT_HEAP_MB}) ${flat ? "ok" : "GROWING"}`,
      );
    } else {
      console.log(`heap: too few full collections to compare (${heapAfterFullGc.length}); run longer`);
    }
    console.log(exitCode === 0 ? "\nsoak: all checks passed" : "\nsoak: a check FAILED");
  } finally {
    if (server.exitCode === null) server.kill("SIGKILL");
    await client.$disconnect();
    await Promise.allSettled([database.stop(), redis.stop()]);
  }
  process.exit(exitCode);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
