// `npm run bench`: what the guard around every /api/v1 handler costs, on a production build.
// Bare GET /api/health against fully guarded GET /api/v1/me (key, scope, rate limit through
// Upstash, usage), in alternating rounds of a fixed number of requests, at 10 and 50
// connections. Measures what noise does not move as well as throughput: CPU time per
// request of the server and of the Upstash bridge (from /proc), Redis commands and database
// transactions per request, and the server's RSS before, after, and after a soak.
//   --no-build        reuse the existing build      --requests N   per round (default 20000)
//   --connections L   levels (default 10,50)         --soak N       requests after warm-up (default 500000)
//   --keys N          distinct active keys called round-robin (default 1)
//   --profile DIR     write a V8 CPU profile of the server (node --cpu-prof) to DIR
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { applyMigrations } from "@/lib/db/migrate";
import { authSecret } from "./lib/auth-secret";
import { committedTransactions, redisCommandsProcessed } from "./lib/bench/counters";
import { createBenchKeys } from "./lib/bench/fixtures";
import { measureLoad, type LoadResult } from "./lib/bench/load";
import { rssMegabytes } from "./lib/bench/proc";
import { provideDatabase } from "./lib/database";
import { run, waitForHttp } from "./lib/process";
import { provideRedis } from "./lib/redis";

const { values: flags } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    requests: { type: "string", default: "20000" },
    connections: { type: "string", default: "10,50" },
    soak: { type: "string", default: "500000" },
    keys: { type: "string", default: "1" },
    profile: { type: "string" },
    port: { type: "string", default: "3400" },
  },
});
const TARGETS = { cpuRatio: 0.9, throughputRatio: 0.9, rssGrowth: 0.05 };
// Five, so two rounds disturbed by the host (a shared VM: a round can cost half again) do not move a median.
const ROUNDS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

async function main() {
  const port = Number(flags.port);
  const perRound = Number(flags.requests);
  const database = await provideDatabase({ isolated: "bench" });
  const redis = await provideRedis();
  await applyMigrations(database.url);
  const keys = await createBenchKeys(database.url, Number(flags.keys));

  const env = {
    ...process.env,
    ...redis.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: await authSecret(),
    NEXT_TELEMETRY_DISABLED: "1",
    // The delivery worker polls the database on its own clock; here it would count as hot-path work.
    WEBHOOKS_WORKER_IN_SERVER: "false",
  };
  if (!flags["no-build"]) await run("npx", ["next", "build"], { env, stdio: ["ignore", "ignore", "inherit"] });
  const profiling = flags.profile ? ["--cpu-prof", "--cpu-prof-dir", flags.profile] : [];
  const server = spawn(
    process.execPath,
    [...profiling, "--import", "tsx", "scripts/serve.ts", "--port", String(port)],
    {
      env,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/api/health`, 60_000, server);
    const watched = [server.pid!, ...(redis.bridgePid ? [redis.bridgePid] : [])];
    const bare = (connections: number, requests = perRound) =>
      measureLoad({ url: `${base}/api/health`, connections, requests }, watched);
    const guarded = (connections: number, requests = perRound) =>
      measureLoad({ url: `${base}/api/v1/me`, connections, requests, keys }, watched);
    const rssBefore = await rssMegabytes(server.pid!);

    // Warm-up: JIT, connection pools, and every key through the key cache, so the rounds see
    // the steady state of keys called in turn.
    await bare(10, 5_000);
    await guarded(10, Math.max(20_000, keys.length));

    const transactionsBefore = await committedTransactions(database.url);
    const guardedRounds: LoadResult[] = [];
    let redisCommands = 0;
    const roundTransactions: number[] = [];
    const levels = [];
    for (const connections of flags.connections.split(",").map(Number)) {
      const rounds: { bare: LoadResult; guarded: LoadResult }[] = [];
      // Alternating rounds, so drift in the machine's speed hits both routes alike.
      for (let round = 0; round < ROUNDS; round++) {
        const bareRound = await bare(connections);
        const commandsBefore = await redisCommandsProcessed(process.env.REDIS_URL);
        const roundTransactionsBefore = await committedTransactions(database.url);
        const guardedRound = await guarded(connections);
        const roundTransactionsAfter = await committedTransactions(database.url);
        const commandsAfter = await redisCommandsProcessed(process.env.REDIS_URL);
        if (commandsBefore !== null && commandsAfter !== null) redisCommands += commandsAfter - commandsBefore - 1;
        if (roundTransactionsBefore !== null && roundTransactionsAfter !== null)
          roundTransactions.push(roundTransactionsAfter - roundTransactionsBefore);
        rounds.push({ bare: bareRound, guarded: guardedRound });
        guardedRounds.push(guardedRound);
      }
      const perRequest = (result: LoadResult, process: number) => result.cpuUs[process]! / result.requests;
      levels.push({
        connections,
        bare: {
          requestsPerSecond: median(rounds.map((r) => r.bare.requestsPerSecond)),
          cpuUsPerRequest: median(rounds.map((r) => perRequest(r.bare, 0))),
        },
        guarded: {
          requestsPerSecond: median(rounds.map((r) => r.guarded.requestsPerSecond)),
          cpuUsPerRequest: median(rounds.map((r) => perRequest(r.guarded, 0))),
          bridgeCpuUsPerRequest: redis.bridgePid ? median(rounds.map((r) => perRequest(r.guarded, 1))) : null,
          p50: median(rounds.map((r) => r.guarded.p50)),
          p99: median(rounds.map((r) => r.guarded.p99)),
        },
        cpuUsPerRequestRounds: {
          bare: rounds.map((r) => Math.round(perRequest(r.bare, 0))),
          guarded: rounds.map((r) => Math.round(perRequest(r.guarded, 0))),
        },
        throughputRatios: rounds.map((r) => round3(r.guarded.requestsPerSecond / r.bare.requestsPerSecond)),
        cpuRatios: rounds.map((r) => round3(perRequest(r.bare, 0) / perRequest(r.guarded, 0))),
        failures: rounds.reduce(
          (total, r) => total + r.bare.non2xx + r.bare.errors + r.guarded.non2xx + r.guarded.errors,
          0,
        ),
      });
    }
    const transactionsAfter = await committedTransactions(database.url);
    const rssAfter = await rssMegabytes(server.pid!);
    const soak = Number(flags.soak) > 0 ? await guarded(50, Number(flags.soak)) : null;
    const rssAfterSoak = soak ? await rssMegabytes(server.pid!) : null;

    const guardedRequests = guardedRounds.reduce((total, r) => total + r.requests, 0);
    const first = levels[0]!;
    const throughputRatio = Object.fromEntries(levels.map((l) => [`c${l.connections}`, median(l.throughputRatios)]));
    const report = {
      date: new Date().toISOString(),
      rateLimiter: redis.description,
      database: database.embedded ? "embedded" : "DATABASE_URL",
      distinctKeys: keys.length,
      requestsPerRound: perRound,
      roundsPerRoute: ROUNDS,
      targets: TARGETS,
      // At the first level (10 connections): medians of the rounds.
      cpuUsPerRequest: {
        bare: Math.round(first.bare.cpuUsPerRequest),
        guarded: Math.round(first.guarded.cpuUsPerRequest),
        bridge: first.guarded.bridgeCpuUsPerRequest === null ? null : Math.round(first.guarded.bridgeCpuUsPerRequest),
      },
      // The median of each round's ratio to the bare round just before it, as for throughput:
      // a pair shares the machine's state, which a ratio of two medians from different rounds does not.
      cpuRatio: median(first.cpuRatios),
      throughputRatio,
      redisCommandsPerRequest: redis.bridgePid ? round3(redisCommands / guardedRequests) : null,
      dbTransactionsPerRequest:
        transactionsBefore === null || transactionsAfter === null
          ? null
          : round3((transactionsAfter - transactionsBefore) / guardedRequests),
      // Per guarded round, to tell a round that reloaded keys from the steady state.
      dbTransactionsPerRound: roundTransactions,
      rssMb: { before: rssBefore, after: rssAfter, afterSoak: rssAfterSoak },
      soak: soak && {
        requests: soak.requests,
        requestsPerSecond: Math.round(soak.requestsPerSecond),
        failures: soak.non2xx + soak.errors,
      },
      levels,
    };
    await mkdir("bench-results", { recursive: true });
    await writeFile("bench-results/latest.json", `${JSON.stringify(report, null, 2)}\n`);
    const verdict = (met: boolean) => (met ? "met" : "NOT met");
    const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;
    console.log(
      `\nAPI benchmark: ${ROUNDS} alternating rounds of ${report.requestsPerRound} requests per route and level, medians; ${report.distinctKeys} key(s); limiter: ${report.rateLimiter}`,
    );
    for (const level of report.levels) {
      console.log(
        `  ${level.connections} connections: bare ${level.bare.requestsPerSecond.toFixed(0)} req/s, guarded ${level.guarded.requestsPerSecond.toFixed(0)} req/s (p50 ${level.guarded.p50} ms, p99 ${level.guarded.p99} ms); throughput ratio rounds ${level.throughputRatios.map(percent).join(", ")}; CPU ratio rounds ${level.cpuRatios.join(", ")}; failed requests ${level.failures}`,
      );
    }
    const cpu = report.cpuUsPerRequest;
    console.log(
      `  server CPU per request at ${report.levels[0]!.connections} connections: bare ${cpu.bare} us, guarded ${cpu.guarded} us${cpu.bridge === null ? "" : `; bridge ${cpu.bridge} us`}`,
    );
    console.log(
      `  cpuRatio ${report.cpuRatio} (target >= ${TARGETS.cpuRatio}) ${verdict(report.cpuRatio >= TARGETS.cpuRatio)}`,
    );
    for (const [level, ratio] of Object.entries(report.throughputRatio))
      console.log(
        `  throughputRatio ${level} ${percent(ratio)} (target >= ${percent(TARGETS.throughputRatio)}) ${verdict(ratio >= TARGETS.throughputRatio)}`,
      );
    console.log(`  Redis commands per request: ${report.redisCommandsPerRequest ?? "n/a (no REDIS_URL)"}`);
    console.log(
      `  database transactions per request: ${report.dbTransactionsPerRequest ?? "n/a (embedded database)"} (the usage flush: one transaction a second whatever the load)`,
    );
    const { before, after, afterSoak } = report.rssMb;
    console.log(`  server RSS: ${before} MB before, ${after} MB after the rounds`);
    if (report.soak && afterSoak !== null) {
      const growth = afterSoak / after - 1;
      console.log(
        `  soak: ${report.soak.requests} more requests (${report.soak.requestsPerSecond} req/s, ${report.soak.failures} failed): RSS ${afterSoak} MB, growth ${percent(growth)} (target < ${percent(TARGETS.rssGrowth)}) ${verdict(growth < TARGETS.rssGrowth)}`,
      );
    }
    console.log("  written to bench-results/latest.json");
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
