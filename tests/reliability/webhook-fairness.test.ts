// One team's stalled receivers must not delay other teams' webhooks (the audit: 16
// endpoints of one team at a host that accepts TCP and never answers held all 8 delivery
// slots, and another team's test event took 29.9 s instead of 0.6 s). Real receivers on
// 127.0.0.1, the real worker, claims and database.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import {
  MAX_IN_FLIGHT_PER_ENDPOINT,
  MAX_IN_FLIGHT_PER_TEAM,
  claimDueDeliveries,
  type ClaimedDelivery,
} from "@/lib/webhooks/claim";
import { createEndpoint, sendTestEvent } from "@/lib/webhooks/endpoints";
import { CONNECT_TIMEOUT_MS, postWebhook } from "@/lib/webhooks/post-webhook";
import { recordAttempt } from "@/lib/webhooks/record-attempt";
import { WebhookWorker } from "@/lib/webhooks/worker";
import { db, setUpTestDatabase } from "../helpers/database";
import { createTeam } from "../helpers/factories";
import { SilentServer, UnacceptingHost } from "../helpers/stalled-hosts";

setUpTestDatabase();

const SUBSCRIBED = { enabled_events: ["meeting.created" as const] };
const LOCAL = { allowPrivate: true };

const servers: Server[] = [];
afterAll(() => servers.forEach((server) => server.close()));
afterEach(async () => {
  await db.webhookEvent.deleteMany();
  await db.webhookEndpoint.deleteMany();
});

/** A receiver that answers 200 at once and notes when each request arrived. */
async function startReceiver() {
  const arrivals: number[] = [];
  const server = createServer((request, response) => {
    request.resume().on("end", () => {
      arrivals.push(performance.now());
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, arrivals };
}

async function until(condition: () => boolean, withinMs: number): Promise<void> {
  const deadline = performance.now() + withinMs;
  while (!condition() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe("delivery slots under a stalled receiver", () => {
  it("delivers another team's test event in under 2 s while one team's 16 endpoints hang", async () => {
    const silent = new SilentServer();
    await silent.start();
    const stalledTeam = await createTeam();
    for (let i = 0; i < 16; i++) {
      const endpoint = await createEndpoint(
        stalledTeam.id,
        { url: `http://127.0.0.1:${silent.port}/hooks/${i}`, ...SUBSCRIBED },
        LOCAL,
      );
      for (let event = 0; event < 2; event++) await sendTestEvent(stalledTeam.id, endpoint.id);
    }
    const otherTeam = await createTeam();
    const receiver = await startReceiver();
    const endpoint = await createEndpoint(otherTeam.id, { url: receiver.url, ...SUBSCRIBED }, LOCAL);

    // 8 slots (the default); a 5 s deadline stands in for the 15 s one to keep the test short.
    const worker = new WebhookWorker({ concurrency: 8, timeoutMs: 5_000, allowPrivate: true });
    worker.start();
    try {
      await until(() => silent.open >= MAX_IN_FLIGHT_PER_TEAM, 5_000);
      await new Promise((resolve) => setTimeout(resolve, 300)); // time to take more slots, if it would
      expect(silent.open).toBeGreaterThanOrEqual(MAX_IN_FLIGHT_PER_TEAM);

      const sentAt = performance.now();
      await sendTestEvent(otherTeam.id, endpoint.id);
      await until(() => receiver.arrivals.length > 0, 15_000);
      const latencyMs = Math.round((receiver.arrivals[0] ?? performance.now()) - sentAt);
      expect(latencyMs, `the other team's test event arrived after ${latencyMs} ms`).toBeLessThan(2_000);
    } finally {
      const stopped = worker.stop();
      await silent.stop(); // the hanging attempts end now instead of at their deadline
      await stopped;
    }
    expect(silent.maxOpen, "the stalled team's attempts in flight at once").toBe(MAX_IN_FLIGHT_PER_TEAM);
    expect(silent.maxOpenPerPath, "attempts in flight at once to one endpoint").toBeLessThanOrEqual(
      MAX_IN_FLIGHT_PER_ENDPOINT,
    );
  });

  it("gives up on a host that does not accept the connection after the connect timeout, not the whole deadline", async () => {
    const host = new UnacceptingHost();
    await host.start();
    try {
      const result = await postWebhook({
        url: `http://127.0.0.1:${host.port}/hooks`,
        body: "{}",
        headers: {},
        timeoutMs: 10_000,
        allowPrivate: true,
      });
      expect(result).toMatchObject({
        statusCode: null,
        error: `Could not connect within ${CONNECT_TIMEOUT_MS / 1000} s`,
        responseBody: null,
      });
      expect(result.durationMs).toBeGreaterThanOrEqual(CONNECT_TIMEOUT_MS - 50);
      expect(result.durationMs).toBeLessThan(CONNECT_TIMEOUT_MS + 1_500);
    } finally {
      host.stop();
    }
  });
});

describe("claiming due deliveries fairly", () => {
  const LEASE = { leaseMs: 60_000 };

  /** Endpoints of a new team (public literals: nothing is sent), each with `perEndpoint` test events due, oldest first. */
  async function teamWithDue(endpoints: number, perEndpoint: number, dueAt: Date) {
    const team = await createTeam();
    const endpointIds: string[] = [];
    for (let i = 0; i < endpoints; i++) {
      const endpoint = await createEndpoint(team.id, { url: `https://93.184.216.34/hooks/${i}`, ...SUBSCRIBED });
      endpointIds.push(endpoint.id);
      for (let event = 0; event < perEndpoint; event++)
        await sendTestEvent(team.id, endpoint.id, { now: new Date(dueAt.getTime() + i * 10 + event) });
    }
    return { teamId: team.id, endpointIds };
  }

  function countBy(claims: ClaimedDelivery[], key: (claim: ClaimedDelivery) => string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const claim of claims) counts.set(key(claim), (counts.get(key(claim)) ?? 0) + 1);
    return counts;
  }

  it("hands free slots round-robin across teams, not to the team with the most due deliveries", async () => {
    const now = new Date();
    // The busy team's deliveries are all older than the others'.
    const busy = await teamWithDue(16, 2, new Date(now.getTime() - 60_000));
    const small = await teamWithDue(1, 3, new Date(now.getTime() - 30_000));
    const single = await teamWithDue(2, 1, new Date(now.getTime() - 20_000));
    const teamOf = (claim: ClaimedDelivery) =>
      [busy, small, single].find((team) => team.endpointIds.includes(claim.endpointId))!.teamId;

    const first = await claimDueDeliveries(now, { limit: 3, ...LEASE });
    expect(first.map(teamOf).sort()).toEqual([busy.teamId, small.teamId, single.teamId].sort());

    const rest = await claimDueDeliveries(now, { limit: 8, ...LEASE });
    expect(rest).toHaveLength(3 + 1 + 1); // what the bounds leave of each team after the first round
    const byTeam = countBy([...first, ...rest], teamOf);
    expect(byTeam.get(busy.teamId)).toBe(MAX_IN_FLIGHT_PER_TEAM);
    expect(byTeam.get(small.teamId)).toBe(MAX_IN_FLIGHT_PER_ENDPOINT); // one endpoint: its bound
    expect(byTeam.get(single.teamId)).toBe(2);
  });

  it("keeps a team and its endpoints within their bounds over concurrent workers, until attempts are recorded or leases end", async () => {
    const now = new Date();
    const busy = await teamWithDue(16, 2, new Date(now.getTime() - 60_000));

    const claims = (
      await Promise.all(Array.from({ length: 4 }, () => claimDueDeliveries(now, { limit: 8, ...LEASE })))
    ).flat();
    expect(claims).toHaveLength(MAX_IN_FLIGHT_PER_TEAM);
    expect(Math.max(...countBy(claims, (claim) => claim.endpointId).values())).toBeLessThanOrEqual(
      MAX_IN_FLIGHT_PER_ENDPOINT,
    );
    expect(new Set(claims.map((claim) => claim.id)).size).toBe(claims.length);
    const later = new Date(now.getTime() + 1_000);
    expect(await claimDueDeliveries(later, { limit: 8, ...LEASE })).toEqual([]);

    // Recording an attempt frees its place at once.
    await recordAttempt(claims[0], { statusCode: 200, durationMs: 5, error: null, responseBody: "ok" }, later);
    expect(await claimDueDeliveries(later, { limit: 8, ...LEASE })).toHaveLength(1);

    // A worker that died holding its claims frees the team's share when the leases end.
    const reclaimed = await claimDueDeliveries(new Date(later.getTime() + LEASE.leaseMs), { limit: 8, ...LEASE });
    expect(reclaimed).toHaveLength(MAX_IN_FLIGHT_PER_TEAM);
    expect(busy.endpointIds).toEqual(expect.arrayContaining(reclaimed.map((claim) => claim.endpointId)));
  });
});
