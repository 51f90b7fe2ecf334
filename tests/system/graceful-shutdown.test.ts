import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEndpoint } from "@/lib/webhooks/endpoints";
import { startAppServer, type AppServer } from "../helpers/app-server";
import { db, setUpTestDatabase } from "../helpers/database";
import { teamWithKey } from "../helpers/factories";
import { appRedisEnv, setUpUpstashBridge } from "../helpers/redis";
import { SCOPE_NAMES } from "@/lib/keys/scopes";

const database = setUpTestDatabase();
const redis = setUpUpstashBridge();
const servers: AppServer[] = [];
const deliveredEventIds = new Set<string>();
let receiver: http.Server;
let serverEnv: Record<string, string>;

beforeAll(async () => {
  receiver = http.createServer((request, response) => {
    deliveredEventIds.add(String(request.headers["webhook-id"]));
    request.resume();
    request.on("end", () => response.writeHead(204).end());
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = "true";
  serverEnv = {
    DATABASE_URL: database.url,
    ...appRedisEnv(redis),
    WEBHOOKS_ALLOW_PRIVATE_URLS: "true",
  };
  servers.push(await startAppServer(3710, serverEnv));
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop("SIGKILL")));
  await new Promise((resolve) => receiver.close(resolve));
});

function send(url: string, key: string, agent: http.Agent, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: body ? "POST" : "GET",
        agent,
        headers: { authorization: `Bearer ${key}`, ...(body ? { "content-type": "application/json" } : {}) },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode!));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

describe("SIGTERM under load", () => {
  it("finishes in-flight requests, flushes usage so counts match, exits cleanly and loses no webhook event", async () => {
    const [server] = servers;
    const { key, record, team } = await teamWithKey({
      plan: "enterprise",
      key: { scopes: ["meetings:read", "meetings:write"] },
    });
    await createEndpoint(
      team.id,
      {
        url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`,
        enabled_events: ["meeting.created"],
      },
      { actorScopes: SCOPE_NAMES },
    );
    const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
    let answered = 0;
    let refused = 0;
    let created = 0;
    let stopping = false;
    async function client(index: number) {
      const writes = index < 4; // a few clients create meetings, each announcing meeting.created
      while (!stopping || answered === 0) {
        try {
          const status = writes
            ? await send(
                `${server!.url}/api/v1/meetings`,
                key,
                agent,
                JSON.stringify({ title: `Load ${index}`, platform: "zoom" }),
              )
            : await send(`${server!.url}/api/v1/me`, key, agent);
          expect(status).toBe(writes ? 201 : 200);
          answered += 1;
          if (writes) created += 1;
        } catch {
          refused += 1; // after the listener closed: connection refused or reset before a response
          if (stopping) return;
        }
      }
    }
    const clients = Array.from({ length: 20 }, (_, index) => client(index));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    stopping = true;
    server!.process.kill("SIGTERM");
    await Promise.all(clients);
    expect(await server!.exited).toBe(0);
    agent.destroy();

    const usage = await db.usageMinute.aggregate({ where: { keyId: record.id }, _sum: { count: true } });
    expect(answered).toBeGreaterThan(100);
    expect(usage._sum.count).toBe(answered);
    expect(refused).toBeLessThanOrEqual(20);

    // Every meeting created before the stop was announced; a restarted server delivers
    // whatever the stopped one had not sent yet.
    const events = await db.webhookEvent.findMany({
      where: { teamId: team.id, type: "meeting.created" },
      select: { id: true },
    });
    expect(created).toBeGreaterThan(0);
    expect(events).toHaveLength(created);
    servers.push(await startAppServer(3713, serverEnv));
    const deadline = Date.now() + 30_000;
    while (events.some((event) => !deliveredEventIds.has(event.id)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(events.filter((event) => !deliveredEventIds.has(event.id))).toEqual([]);
  }, 90_000);
});
