// The delivery engine end to end: a real HTTP receiver on 127.0.0.1 (private URLs allowed
// for the test) checks every request with its own Standard Webhooks verifier (../helpers/webhook-receiver).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db, setUpTestDatabase } from "../helpers/database";
import { createTeam } from "../helpers/factories";
import { SCOPE_NAMES } from "@/lib/keys/scopes";
import { closeReceivers, startReceiver, verifies } from "../helpers/webhook-receiver";

process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = "true";

const { emitWebhookEvent } = await import("@/lib/webhooks/events");
const { createEndpoint, getEndpoint, listDeliveries, rotateSecret, sendTestEvent } =
  await import("@/lib/webhooks/endpoints");
const { recordAttempt } = await import("@/lib/webhooks/record-attempt");
const { fanOutEvents } = await import("@/lib/webhooks/fan-out");
const { WebhookWorker } = await import("@/lib/webhooks/worker");

setUpTestDatabase();

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

afterAll(closeReceivers);

afterEach(async () => {
  await db.webhookEvent.deleteMany();
  await db.webhookEndpoint.deleteMany();
});

// ---------------------------------------------------------------- fixtures

class Clock {
  constructor(public now = new Date()) {}
  advance(ms: number): Date {
    this.now = new Date(this.now.getTime() + ms);
    return this.now;
  }
  get seconds(): number {
    return Math.floor(this.now.getTime() / 1000);
  }
}

let team: { id: string };
beforeAll(async () => {
  team = await createTeam();
});

async function emit(
  type: "meeting.created" | "note.created" = "meeting.created",
  object: Record<string, unknown> = { id: "mtg_1", title: "Weekly sync" },
) {
  return db.$transaction((tx) => emitWebhookEvent(tx, { teamId: team.id, type, object }));
}

function worker(clock: Clock, options: ConstructorParameters<typeof WebhookWorker>[0] = {}) {
  return new WebhookWorker({
    clock: () => clock.now,
    random: () => 0.5,
    timeoutMs: 2_000,
    leaseMs: 30_000,
    ...options,
  });
}

async function deliveryOf(endpointId: string) {
  const page = await listDeliveries(team.id, endpointId, { limit: 100 });
  expect(page.data).toHaveLength(1);
  return page.data[0];
}

// ---------------------------------------------------------------- tests

describe("webhook delivery", () => {
  it("POSTs committed events to subscribed endpoints, signed per Standard Webhooks", async () => {
    const receiver = await startReceiver();
    const endpoint = await createEndpoint(
      team.id,
      { url: receiver.url, enabled_events: ["meeting.created"] },
      { actorScopes: SCOPE_NAMES },
    );
    const clock = new Clock();
    const event = await emit("meeting.created", { id: "mtg_42", title: "Kick-off" });
    await emit("note.created", { id: "note_1" }); // not subscribed

    const pass = await worker(clock).runOnce();
    expect(pass).toMatchObject({ fannedOut: 2, attempts: 1, outcomes: { succeeded: 1 } });
    expect(receiver.received).toHaveLength(1);
    const [message] = receiver.received;
    expect(await verifies(endpoint.secret, message, clock.seconds)).toBe(true);
    expect(message.headers).toMatchObject({
      "content-type": "application/json",
      "user-agent": "Mavio-Webhooks/1",
      "webhook-id": event.id,
    });
    expect(message.headers["webhook-timestamp"]).toBe(String(clock.seconds));
    expect(message.body.startsWith(`{"id":"${event.id}","type":"meeting.created","timestamp":`)).toBe(true); // documented key order
    expect(JSON.parse(message.body)).toEqual({
      id: event.id,
      type: "meeting.created",
      timestamp: event.timestamp,
      data: { object: { id: "mtg_42", title: "Kick-off" } },
    });
    expect(event.id).toMatch(/^evt_[0-9a-f]{24}$/);

    // Tampering is caught by the verifier (so the check above means something).
    expect(
      await verifies(
        endpoint.secret,
        { ...message, body: message.body.replace("Kick-off", "Kick-out") },
        clock.seconds,
      ),
    ).toBe(false);

    const delivery = await deliveryOf(endpoint.id);
    expect(delivery).toMatchObject({
      event_id: event.id,
      event_type: "meeting.created",
      status: "succeeded",
      attempt_count: 1,
      next_attempt_at: null,
    });
    expect(delivery.attempts).toEqual([
      {
        attempted_at: clock.now.toISOString(),
        status_code: 200,
        duration_ms: expect.any(Number),
        error: null,
        response_body: "ok",
      },
    ]);
  });

  it("signs with both secrets during a rotation, and with the new one only after 24 hours", async () => {
    const receiver = await startReceiver();
    const endpoint = await createEndpoint(
      team.id,
      { url: receiver.url, enabled_events: ["meeting.created"] },
      { actorScopes: SCOPE_NAMES },
    );
    const clock = new Clock();
    const rotated = await rotateSecret(team.id, endpoint.id, { now: clock.now });
    expect(rotated.secret).not.toBe(endpoint.secret);
    expect(rotated.previous_secret_expires_at).toBe(new Date(clock.now.getTime() + DAY).toISOString());

    await emit();
    await worker(clock).runOnce();
    const during = receiver.received[0];
    expect((during.headers["webhook-signature"] as string).split(" ")).toHaveLength(2);
    expect(await verifies(endpoint.secret, during, clock.seconds)).toBe(true);
    expect(await verifies(rotated.secret, during, clock.seconds)).toBe(true);

    clock.advance(DAY + SECOND);
    await emit();
    await worker(clock).runOnce();
    const after = receiver.received[1];
    expect((after.headers["webhook-signature"] as string).split(" ")).toHaveLength(1);
    expect(await verifies(rotated.secret, after, clock.seconds)).toBe(true);
    expect(await verifies(endpoint.secret, after, clock.seconds)).toBe(false);
  });

  it("retries a 500 on the schedule with the same webhook-id, and a success clears the failure streak", async () => {
    const receiver = await startReceiver((_message, index) =>
      index < 3 ? { status: 500, body: "boom" } : { status: 204 },
    );
    const endpoint = await createEndpoint(
      team.id,
      { url: receiver.url, enabled_events: ["meeting.created"] },
      { actorScopes: SCOPE_NAMES },
    );
    const clock = new Clock();
    const start = clock.now.getTime();
    const event = await emit();
    const deliverer = worker(clock);

    await deliverer.runOnce();
    let delivery = await deliveryOf(endpoint.id);
    expect(delivery).toMatchObject({
      status: "pending",
      attempt_count: 1,
      next_attempt_at: new Date(start + 5 * SECOND).toISOString(),
    });
    expect((await getEndpoint(team.id, endpoint.id)).failing_since).toBe(new Date(start).toISOString());

    clock.advance(5 * SECOND - 1);
    expect((await deliverer.runOnce()).attempts).toBe(0); // not due yet
    clock.advance(1);
    await deliverer.runOnce();
    expect((await deliveryOf(endpoint.id)).next_attempt_at).toBe(
      new Date(clock.now.getTime() + 5 * MINUTE).toISOString(),
    );
    clock.advance(5 * MINUTE);
    await deliverer.runOnce();
    expect((await deliveryOf(endpoint.id)).next_attempt_at).toBe(
      new Date(clock.now.getTime() + 30 * MINUTE).toISOString(),
    );
    clock.advance(30 * MINUTE);
    await deliverer.runOnce();

    expect(receiver.received).toHaveLength(4);
    expect(new Set(receiver.received.map((message) => message.headers["webhook-id"]))).toEqual(new Set([event.id]));
    const timestamps = receiver.received.map((message) => Number(message.headers["webhook-timestamp"]));
    expect(timestamps.map((t) => t - timestamps[0])).toEqual([0, 5, 5 + 300, 5 + 300 + 1800]);
    for (const [i, message] of receiver.received.entries())
      expect(await verifies(endpoint.secret, message, timestamps[i])).toBe(true);

    delivery = await deliveryOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "succeeded", attempt_count: 4, next_attempt_at: null });
    expect(delivery.attempts.map((attempt) => attempt.status_code)).toEqual([500, 500, 500, 204]);
    expect(delivery.attempts[0].response_body).toBe("boom");
    expect((await getEndpoint(team.id, endpoint.id)).failing_since).toBeNull();
  });

  it("gives up after the sixth retry (about 17.6 hours)", async () => {
    const receiver = await startReceiver(() => ({ status: 503 }));
    const endpoint = await createEndpoint(
      team.id,
      { url: receiver.url, enabled_events: ["meeting.created"] },
      { actorScopes: SCOPE_NAMES },
    );
    const clock = new Clock();
    await emit();
    const deliverer = worker(clock);
    await deliverer.runOnce();
    for (const delay of [5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR]) {
      clock.advance(delay);
      expect((await deliverer.runOnce()).attempts).toBe(1);
    }
    clock.advance(DAY);
    expect((await deliverer.runOnce()).attempts).toBe(0);
    expect(receiver.received).toHaveLength(7);
    expect(await deliveryOf(endpoint.id)).toMatchObject({ status: "failed", attempt_count: 7, next_attempt_at: null });
    expect((await getEndpoint(team.id, endpoint.id)).status).toBe("enabled"); // under 5 days
  });

  it("treats a timeout as a failed attempt and retries it on the schedule", async () => {
    const receiver = await startReceiver((_message, index) => (index === 0 ? "hang" : { status: 200 }));
    const endpoint = await createEndpoint(
      team.id,
      { url: receiver.url, enabled_events: ["meeting.created"] },
      { actorScopes: SCOPE_NAMES },
    );
    const clock = new Clock();
    const start = clock.now.getTime();
    await emit();
    const deliverer = worker(clock, { timeoutMs: 150, leaseMs: 10_000 });

    await deliverer.runOnce();
    let delivery = await deliveryOf(endpoint.id);
    expect(delivery).toMatchObject({
      status: "pending",
      attempt_count: 1,
      next_attempt_at: new Date(start + 5 * SECOND).toISOString(),
    });
    expect(delivery.attempts[0]).toMatchObject({
      status_code: null,
      error: "No response within 0.15 s",
      response_body: null,
    });
    expect(delivery.attempts[0].duration_ms).toBeGreaterThanOrEqual(140);

    clock.advance(5 * SECOND);
    await deliverer.runOnce();
    delivery = await deliveryOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "succeeded", attempt_count: 2 });
    expect(receiver.received.map((message) => message.headers["webhook-id"])).toEqual([
      delivery.event_id,
      delivery.event_id,
    ]);
  });

  it("disables the endpoint on 410 Gone and sends it nothing more", async () => {
    const receiver = await startReceiver(() => ({ status: 410 }));
    const endpoint = await createEndpoint(
      team.id,
      { url: receiver.url, enabled_events: ["meeting.created"] },
      { actorScopes: SCOPE_NAMES },
    );
    const clock = new Clock();
    await emit();
    await emit();
    await worker(clock, { concurrency: 1 }).runOnce();

    expect(receiver.received).toHaveLength(1);
    expect(await getEndpoint(team.id, endpoint.id)).toMatchObject({
      status: "disabled",
      disabled_reason: "The endpoint answered 410 Gone",
    });
    const deliveries = (await listDeliveries(team.id, endpoint.id)).data;
    expect(deliveries.map((delivery) => delivery.status)).toEqual(["failed", "failed"]);

    await emit();
    clock.advance(HOUR);
    const pass = await worker(clock).runOnce();
    expect(pass).toMatchObject({ fannedOut: 1, attempts: 0 });
    expect(receiver.received).toHaveLength(1);
  });

  it("disables an endpoint that has failed for 5 days, saying why", async () => {
    const receiver = await startReceiver(() => ({ status: 500 }));
    const endpoint = await createEndpoint(
      team.id,
      { url: receiver.url, enabled_events: ["meeting.created"] },
      { actorScopes: SCOPE_NAMES },
    );
    const clock = new Clock();
    const start = clock.now;
    await emit();
    const deliverer = worker(clock);
    await deliverer.runOnce();

    clock.advance(4 * DAY);
    await deliverer.runOnce();
    expect(await getEndpoint(team.id, endpoint.id)).toMatchObject({
      status: "enabled",
      failing_since: start.toISOString(),
    });

    clock.advance(DAY);
    await deliverer.runOnce();
    const disabled = await getEndpoint(team.id, endpoint.id);
    expect(disabled.status).toBe("disabled");
    expect(disabled.disabled_reason).toMatch(
      new RegExp(`failed for 5 days \\(since ${start.toISOString().replaceAll(".", "\\.")}\\); last error: HTTP 500`),
    );
    expect(await deliveryOf(endpoint.id)).toMatchObject({ status: "failed", attempt_count: 3 });
  });

  it("does not follow redirects: a 3xx is a failed attempt", async () => {
    const elsewhere = await startReceiver();
    const receiver = await startReceiver(() => ({ status: 302, headers: { location: elsewhere.url } }));
    const endpoint = await createEndpoint(
      team.id,
      { url: receiver.url, enabled_events: ["meeting.created"] },
      { actorScopes: SCOPE_NAMES },
    );
    await emit();
    await worker(new Clock()).runOnce();
    const delivery = await deliveryOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "pending", attempt_count: 1 });
    expect(delivery.attempts[0]).toMatchObject({
      status_code: 302,
      error: "Redirects are not followed; use the final URL.",
    });
    expect(elsewhere.received).toHaveLength(0);
  });

  it("checks the address again at delivery time and refuses private ones unless allowed", async () => {
    const receiver = await startReceiver();
    const endpoint = await createEndpoint(
      team.id,
      { url: receiver.url, enabled_events: ["meeting.created"] },
      { actorScopes: SCOPE_NAMES },
    );
    await emit();
    await worker(new Clock(), { allowPrivate: false }).runOnce();
    const delivery = await deliveryOf(endpoint.id);
    expect(delivery.attempts[0]).toMatchObject({
      status_code: null,
      error: expect.stringMatching(/127\.0\.0\.1 is a loopback address/),
    });
    expect(receiver.received).toHaveLength(0);
  });

  it("connects to the address it checked, not to a second DNS answer", async () => {
    const receiver = await startReceiver();
    const port = new URL(receiver.url).port;
    // rebind.invalid exists only in this resolver: had the HTTP client looked it up again, it would have failed.
    const resolve = async () => [{ address: "127.0.0.1", family: 4 as const }];
    const endpoint = await createEndpoint(
      team.id,
      { url: `http://rebind.invalid:${port}/hooks`, enabled_events: ["meeting.created"] },
      { actorScopes: SCOPE_NAMES, resolve },
    );
    await emit();
    await worker(new Clock(), { resolve }).runOnce();
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0].headers.host).toBe(`rebind.invalid:${port}`);
    expect((await deliveryOf(endpoint.id)).status).toBe("succeeded");
  });

  it("delivers a test event to that endpoint only", async () => {
    const target = await startReceiver();
    const other = await startReceiver();
    const endpoint = await createEndpoint(
      team.id,
      { url: target.url, enabled_events: ["meeting.created"] },
      { actorScopes: SCOPE_NAMES },
    );
    await createEndpoint(
      team.id,
      { url: other.url, enabled_events: ["meeting.created"] },
      { actorScopes: SCOPE_NAMES },
    );
    const clock = new Clock();
    const queued = await sendTestEvent(team.id, endpoint.id, { now: clock.now });
    await worker(clock).runOnce();
    expect(other.received).toHaveLength(0);
    expect(target.received).toHaveLength(1);
    expect(await verifies(endpoint.secret, target.received[0], clock.seconds)).toBe(true);
    expect(JSON.parse(target.received[0].body)).toMatchObject({
      id: queued.event_id,
      type: "webhook.test",
      data: { object: { object: "webhook_test", endpoint_id: endpoint.id } },
    });
  });
});

describe("at-least-once delivery", () => {
  it("loses nothing when a worker dies between sending and recording; the resend has the same webhook-id", async () => {
    const receiver = await startReceiver();
    const endpoint = await createEndpoint(
      team.id,
      { url: receiver.url, enabled_events: ["meeting.created"] },
      { actorScopes: SCOPE_NAMES },
    );
    const clock = new Clock();
    const event = await emit();

    const crashing = worker(clock, {
      record: async () => {
        throw new Error("worker killed before recording");
      },
    });
    expect((await crashing.runOnce()).outcomes).toEqual({ error: 1 });
    expect(receiver.received).toHaveLength(1);
    expect(await deliveryOf(endpoint.id)).toMatchObject({ status: "pending", attempt_count: 0, attempts: [] });

    // A restarted worker leaves the claim alone while the dead worker's lease lasts...
    const restarted = worker(clock);
    clock.advance(29 * SECOND);
    expect((await restarted.runOnce()).attempts).toBe(0);
    // ...and resends once it ends.
    clock.advance(SECOND);
    expect((await restarted.runOnce()).outcomes).toEqual({ succeeded: 1 });

    expect(receiver.received.map((message) => message.headers["webhook-id"])).toEqual([event.id, event.id]);
    expect(await verifies(endpoint.secret, receiver.received[1], clock.seconds)).toBe(true);
    expect(await deliveryOf(endpoint.id)).toMatchObject({ status: "succeeded", attempt_count: 1 });
  });

  it("lets only the current lease holder record the outcome", async () => {
    const receiver = await startReceiver((_message, index) => (index === 0 ? { status: 500 } : { status: 200 }));
    const endpoint = await createEndpoint(
      team.id,
      { url: receiver.url, enabled_events: ["meeting.created"] },
      { actorScopes: SCOPE_NAMES },
    );
    const clock = new Clock();
    await emit();

    let resume!: () => void;
    const stalled = new Promise<void>((resolve) => (resume = resolve));
    const slow = worker(clock, {
      record: async (...args) => {
        await stalled; // e.g. a long GC pause or a database stall after sending
        return recordAttempt(...args);
      },
    });
    const slowPass = slow.runOnce(clock.now);
    await receiver.waitFor(1);

    const other = worker(clock);
    expect((await other.runOnce(new Date(clock.now.getTime() + 30 * SECOND))).outcomes).toEqual({ succeeded: 1 });
    resume();
    expect((await slowPass).outcomes).toEqual({ lease_lost: 1 });

    const delivery = await deliveryOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "succeeded", attempt_count: 1 });
    expect(delivery.attempts.map((attempt) => attempt.status_code).sort()).toEqual([200, 500]); // both listed
  });

  it("never sends the same delivery from two workers at once", async (context) => {
    // PGlite (the embedded database when DATABASE_URL is unset) is a single Postgres session
    // behind a socket: connections share it, so there are no row locks between workers to test,
    // and concurrent queries interleave (electric-sql/pglite#1046). Needs a real server.
    const [{ version }] = await db.$queryRaw<{ version: string }[]>`SELECT version()`;
    if (version.includes("PGlite")) context.skip();
    let inFlight = 0;
    let maxInFlight = 0;
    const receiver = await startReceiver(async () => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 30));
      inFlight -= 1;
      return { status: 200 };
    });
    // Three teams with two endpoints each, so the per-team and per-endpoint bounds leave
    // room for all three workers' slots at once.
    const teams = [team, await createTeam(), await createTeam()];
    const endpoints = [];
    for (const owner of teams) {
      for (let i = 0; i < 2; i++)
        endpoints.push(
          await createEndpoint(
            owner.id,
            { url: receiver.url, enabled_events: ["meeting.created"] },
            { actorScopes: SCOPE_NAMES },
          ),
        );
    }
    const emitFor = (teamId: string, i: number) =>
      db.$transaction((tx) => emitWebhookEvent(tx, { teamId, type: "meeting.created", object: { id: `mtg_${i}` } }));
    const events = await Promise.all(Array.from({ length: 12 }, (_, i) => emitFor(teams[i % 3].id, i)));
    const clock = new Clock();
    await fanOutEvents(clock.now); // so every worker finds the deliveries due at once

    const passes = await Promise.all([
      worker(clock, { concurrency: 4 }).runOnce(),
      worker(clock, { concurrency: 4 }).runOnce(),
      worker(clock, { concurrency: 4 }).runOnce(),
    ]);
    expect(passes.reduce((sum, pass) => sum + pass.attempts, 0)).toBe(24);
    expect(passes.filter((pass) => pass.attempts > 0).length).toBeGreaterThan(1); // the work was shared
    const ids = receiver.received.map((message) => message.headers["webhook-id"]);
    expect(ids).toHaveLength(24);
    expect(new Set(ids)).toEqual(new Set(events.map((event) => event.id)));
    expect(ids.filter((id) => id === events[0].id)).toHaveLength(2); // once per endpoint of its team
    expect(maxInFlight).toBeGreaterThan(1);
    for (const [i, endpoint] of endpoints.entries()) {
      const deliveries = (await listDeliveries(teams[Math.floor(i / 2)].id, endpoint.id, { limit: 100 })).data;
      expect(deliveries).toHaveLength(4);
      expect(deliveries.every((delivery) => delivery.status === "succeeded" && delivery.attempts.length === 1)).toBe(
        true,
      );
    }
  });

  it("runs as a loop until stopped", async () => {
    const receiver = await startReceiver();
    await createEndpoint(
      team.id,
      { url: receiver.url, enabled_events: ["meeting.created"] },
      { actorScopes: SCOPE_NAMES },
    );
    const loop = new WebhookWorker({ pollIntervalMs: 20, timeoutMs: 2_000 });
    loop.start();
    try {
      await emit();
      await receiver.waitFor(1);
      await emit();
      await receiver.waitFor(2);
    } finally {
      await loop.stop();
    }
    expect(receiver.received).toHaveLength(2);
  });
});
