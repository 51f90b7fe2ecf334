import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, setUpTestDatabase } from "../helpers/database";
import { teamWithKey } from "../helpers/factories";
import { setUpUpstashBridge } from "../helpers/redis";
import { startAppServer, type AppServer } from "../helpers/app-server";

const database = setUpTestDatabase();
const redis = setUpUpstashBridge();
let server: AppServer;

beforeAll(async () => {
  server = await startAppServer(3710, {
    DATABASE_URL: database.url,
    UPSTASH_REDIS_REST_URL: redis.bridge.url,
    UPSTASH_REDIS_REST_TOKEN: redis.bridge.token,
    REDIS_KEY_PREFIX: redis.prefix,
  });
});
afterAll(async () => {
  await server.stop("SIGKILL");
});

function get(url: string, key: string, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { authorization: `Bearer ${key}` } }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode!));
    });
    request.on("error", reject);
  });
}

describe("SIGTERM under load", () => {
  it("finishes in-flight requests, flushes buffered usage so counts match, and exits cleanly", async () => {
    const { key, record } = await teamWithKey({ plan: "enterprise" });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
    let answered = 0;
    let refused = 0;
    let stopping = false;
    async function client() {
      while (!stopping || answered === 0) {
        try {
          const status = await get(`${server.url}/api/v1/me`, key, agent);
          expect(status).toBe(200);
          answered += 1;
        } catch {
          refused += 1; // after the listener closed: connection refused or reset before a response
          if (stopping) return;
        }
      }
    }
    const clients = Array.from({ length: 20 }, client);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    stopping = true;
    server.process.kill("SIGTERM");
    await Promise.all(clients);
    expect(await server.exited).toBe(0);
    agent.destroy();

    const usage = await db.usageRollup.aggregate({ where: { keyId: record.id }, _sum: { count: true } });
    expect(answered).toBeGreaterThan(100);
    expect(usage._sum.count).toBe(answered);
    expect(refused).toBeLessThanOrEqual(20);
  });
});
