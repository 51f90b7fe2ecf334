import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as me from "@/app/api/v1/me/route";
import { disconnectDatabase } from "@/lib/db";
import { revokeApiKey } from "@/lib/keys/revoke-key";
import { usageRecorder } from "@/lib/usage/recorder";
import { startUpstashBridge, type UpstashBridge } from "@/lib/upstash-bridge/server";
import { callRoute } from "../helpers/api";
import { awayFromWindowEdge } from "../helpers/clock";
import { db, setUpTestDatabase } from "../helpers/database";
import { teamWithKey } from "../helpers/factories";
import { TcpProxy } from "../helpers/tcp-proxy";

const database = setUpTestDatabase();

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A Redis of the test's own, so stopping it disturbs nothing else on the machine. */
class OwnRedis {
  private process: ChildProcess | null = null;
  constructor(readonly port: number) {}

  async start() {
    this.process = spawn(
      "redis-server",
      ["--port", String(this.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      { stdio: "ignore" },
    );
    for (let attempt = 0; attempt < 50; attempt++) {
      const up = await new Promise<boolean>((resolve) => {
        const socket = net
          .connect(this.port, "127.0.0.1", () => resolve(socket.end() && true))
          .on("error", () => resolve(false));
      });
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error("redis-server did not start");
  }

  async stop() {
    if (!this.process) return;
    const exited = new Promise((resolve) => this.process!.once("exit", resolve));
    this.process.kill("SIGKILL");
    await exited;
    this.process = null;
  }
}

let redis: OwnRedis;
let bridge: UpstashBridge;
let postgres: TcpProxy;

beforeAll(async () => {
  redis = new OwnRedis(await freePort());
  await redis.start();
  bridge = await startUpstashBridge({
    redisUrl: `redis://127.0.0.1:${redis.port}`,
    token: randomBytes(8).toString("hex"),
  });
  process.env.UPSTASH_REDIS_REST_URL = bridge.url;
  process.env.UPSTASH_REDIS_REST_TOKEN = bridge.token;

  const target = new URL(database.url);
  postgres = new TcpProxy(target.hostname, Number(target.port || 5432));
  await postgres.start();
  target.port = String(postgres.port);
  await disconnectDatabase();
  process.env.DATABASE_URL = target.toString();
});

afterAll(async () => {
  await postgres.start().catch(() => {});
  await bridge.close();
  await redis.stop();
});

describe("Redis stopped mid-run and restarted", () => {
  it("keeps authentication strict, limits requests in this process meanwhile, and returns to Redis without a restart", async () => {
    await awayFromWindowEdge(15_000);
    const { key, team, admin, record } = await teamWithKey({ plan: "free" });
    const other = await teamWithKey({ plan: "free" });
    expect((await callRoute(me.GET, "/me", { key })).headers.get("x-ratelimit-remaining")).toBe("59");

    await redis.stop();
    const during = await Promise.all(
      Array.from({ length: 80 }, () => callRoute(me.GET, "/me", { key: other.key }).then((r) => r.status)),
    );
    expect(during.filter((status) => status === 200)).toHaveLength(60); // this process's limiter, not none
    expect(during.filter((status) => status === 429)).toHaveLength(20);
    await revokeApiKey(admin, team.id, record.id); // its Redis marker cannot be written
    const revoked = await callRoute(me.GET, "/me", { key });
    expect(revoked.status).toBe(401); // the database decides when the marker cannot be read

    await redis.start();
    // This process's bucket for the team is spent and Redis came back empty: the first
    // 200 is Redis answering again. From then on exactly the plan's 60 are admitted.
    let first = await callRoute(me.GET, "/me", { key: other.key });
    for (const deadline = Date.now() + 10_000; first.status === 429 && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      first = await callRoute(me.GET, "/me", { key: other.key });
    }
    expect(first.status).toBe(200);
    expect(first.headers.get("x-ratelimit-remaining")).toBe("59");
    const after = [];
    for (let i = 0; i < 60; i++) after.push((await callRoute(me.GET, "/me", { key: other.key })).status);
    expect(after.filter((status) => status === 200)).toHaveLength(59);
    expect(after.at(-1)).toBe(429);
  });
});

describe("PostgreSQL unreachable", () => {
  it("answers 503 problem+json within a bounded time, keeps serving cached keys, and recovers when it is back", async () => {
    const cached = await teamWithKey({ plan: "enterprise" });
    const uncached = await teamWithKey({ plan: "enterprise" });
    expect((await callRoute(me.GET, "/me", { key: cached.key })).status).toBe(200);

    await postgres.stop();
    const started = Date.now();
    const down = await callRoute(me.GET, "/me", { key: uncached.key });
    expect(down.status).toBe(503);
    expect(down.headers.get("content-type")).toBe("application/problem+json");
    expect(await down.json()).toMatchObject({ code: "unavailable" });
    expect(Date.now() - started).toBeLessThan(7_000);
    expect((await callRoute(me.GET, "/me", { key: cached.key })).status).toBe(200);
    // The usage written meanwhile fails and is kept for the next flush: counts and log alike.
    await usageRecorder().flush();

    await postgres.start();
    expect((await callRoute(me.GET, "/me", { key: uncached.key })).status).toBe(200);
    await usageRecorder().flush();
    const where = { keyId: cached.record.id };
    expect((await db.usageMinute.aggregate({ where, _sum: { count: true } }))._sum.count).toBe(2);
    expect(await db.loggedRequest.count({ where: { ...where, status: 200 } })).toBe(2);
  });
});
