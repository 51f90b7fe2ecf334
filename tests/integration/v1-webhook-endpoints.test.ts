// /api/v1/webhook-endpoints through the routes: the secret only in the create and rotate
// answers, the SSRF check on URLs, test events, deliveries, disabling, deletion, and the read
// scope each subscribed event needs.
import { beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { READ_SCOPES } from "@/lib/keys/scopes";
import type { Operation } from "@/lib/api/v1/operation";
import { db } from "../helpers/database";
import { apiTeam } from "../helpers/v1-fixtures";
import { callOperation, type OperationCall } from "../helpers/v1-routes";
import { setUpV1Test } from "../helpers/v1-setup";

setUpV1Test();

type Json = Record<string, unknown>;

let key: string;
let manageOnlyKey: string;
let meetingsKey: string;
let teamId: string;

beforeAll(async () => {
  const team = await apiTeam();
  teamId = team.team.id;
  // Subscribing to an event also needs its read scope.
  key = await team.keyWith(["webhooks:manage", ...READ_SCOPES]);
  manageOnlyKey = await team.keyWith(["webhooks:manage"]);
  meetingsKey = await team.keyWith(["webhooks:manage", "meetings:read"]);
});

async function call(operation: Operation, options: OperationCall = {}) {
  const response = await callOperation(operation, { key, ...options });
  const text = await response.text();
  return { status: response.status, text, body: (text ? JSON.parse(text) : {}) as Json, headers: response.headers };
}

// Address literals: no DNS in tests.
const PUBLIC_URL = "https://93.184.215.14/hooks/mavio";

describe("webhook endpoints", () => {
  it("shows the signing secret when created and rotated, and nowhere else", async () => {
    const created = await call(OPERATIONS.createWebhookEndpoint, {
      body: { url: PUBLIC_URL, enabled_events: ["note.created", "note.created", "meeting.created"] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.stringMatching(/^whk_/),
      url: PUBLIC_URL,
      description: "",
      enabled_events: ["note.created", "meeting.created"],
      status: "enabled",
      secret: expect.stringMatching(/^whsec_/),
    });
    const id = created.body.id as string;

    const rotated = await call(OPERATIONS.rotateWebhookEndpointSecret, { params: { id } });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.body.secret);
    expect(Date.parse(rotated.body.previous_secret_expires_at as string) - Date.now()).toBeGreaterThan(
      23 * 60 * 60 * 1000,
    );

    const others = [
      await call(OPERATIONS.getWebhookEndpoint, { params: { id } }),
      await call(OPERATIONS.listWebhookEndpoints),
      await call(OPERATIONS.updateWebhookEndpoint, { params: { id }, body: { description: "Notes to the wiki" } }),
      await call(OPERATIONS.sendWebhookTestEvent, { params: { id } }),
      await call(OPERATIONS.listWebhookDeliveries, { params: { id } }),
    ];
    for (const answer of others) {
      expect(answer.status).toBeLessThan(300);
      expect(answer.text).not.toContain("whsec_");
      expect(answer.text).not.toContain('"secret"');
    }
  });

  it("refuses URLs that are not public http(s) addresses, on create and update (422 on url)", async () => {
    for (const url of [
      "http://127.0.0.1:3000/hook",
      "http://10.1.2.3/hook",
      "http://169.254.169.254/latest/meta-data",
      "http://[::1]/hook",
      "ftp://93.184.215.14/x",
    ]) {
      const refused = await call(OPERATIONS.createWebhookEndpoint, {
        body: { url, enabled_events: ["meeting.created"] },
      });
      expect({
        url,
        status: refused.status,
        fields: (refused.body.errors as { field: string }[]).map((error) => error.field),
      }).toEqual({ url, status: 422, fields: ["url"] });
    }
    const created = await call(OPERATIONS.createWebhookEndpoint, {
      body: { url: PUBLIC_URL, enabled_events: ["meeting.created"] },
    });
    const update = await call(OPERATIONS.updateWebhookEndpoint, {
      params: { id: created.body.id as string },
      body: { url: "http://192.168.0.10/hook" },
    });
    expect(update).toMatchObject({ status: 422, body: { code: "validation_failed", errors: [{ field: "url" }] } });
    expect((await call(OPERATIONS.getWebhookEndpoint, { params: { id: created.body.id as string } })).body.url).toBe(
      PUBLIC_URL,
    );
  });

  it("queues test events, lists deliveries, refuses tests while disabled, and deletes", async () => {
    const created = await call(OPERATIONS.createWebhookEndpoint, {
      body: { url: PUBLIC_URL, enabled_events: ["action_item.completed"] },
    });
    const params = { id: created.body.id as string };

    const test = await call(OPERATIONS.sendWebhookTestEvent, { params });
    expect(test).toMatchObject({
      status: 202,
      body: { event_id: expect.stringMatching(/^evt_/), delivery_id: expect.stringMatching(/^dlv_/) },
    });
    const deliveries = await call(OPERATIONS.listWebhookDeliveries, { params });
    expect(deliveries.body).toMatchObject({
      data: [
        {
          id: test.body.delivery_id,
          event_id: test.body.event_id,
          event_type: "webhook.test",
          status: "pending",
          attempt_count: 0,
          attempts: [],
        },
      ],
      has_more: false,
    });
    expect(
      (await call(OPERATIONS.listWebhookDeliveries, { params, query: { status: "succeeded" } })).body.data,
    ).toEqual([]);

    const disabled = await call(OPERATIONS.updateWebhookEndpoint, { params, body: { status: "disabled" } });
    expect(disabled.body).toMatchObject({ status: "disabled", disabled_reason: expect.any(String) });
    expect(await call(OPERATIONS.sendWebhookTestEvent, { params })).toMatchObject({
      status: 409,
      body: { code: "conflict" },
    });
    // Disabling gave up the pending delivery.
    expect((await call(OPERATIONS.listWebhookDeliveries, { params })).body.data).toEqual([
      expect.objectContaining({ status: "failed", next_attempt_at: null }),
    ]);
    expect((await call(OPERATIONS.updateWebhookEndpoint, { params, body: { status: "enabled" } })).body).toMatchObject({
      status: "enabled",
      disabled_reason: null,
    });
    expect((await call(OPERATIONS.sendWebhookTestEvent, { params })).status).toBe(202);

    expect((await call(OPERATIONS.deleteWebhookEndpoint, { params })).status).toBe(204);
    for (const operation of [
      OPERATIONS.getWebhookEndpoint,
      OPERATIONS.listWebhookDeliveries,
      OPERATIONS.rotateWebhookEndpointSecret,
      OPERATIONS.deleteWebhookEndpoint,
    ]) {
      expect((await call(operation, { params })).body, operation.operationId).toMatchObject({
        status: 404,
        code: "not_found",
      });
    }
    expect(await db.webhookDelivery.count({ where: { endpointId: params.id } })).toBe(0);
  });

  it("replays a create retried with the same Idempotency-Key without the secret (shown once), without a second endpoint", async () => {
    const headers = { "Idempotency-Key": "3b8f1c52-create-webhook" };
    const body = { url: `${PUBLIC_URL}/idempotent`, enabled_events: ["meeting.created"] };
    const first = await call(OPERATIONS.createWebhookEndpoint, { body, headers });
    const retry = await call(OPERATIONS.createWebhookEndpoint, { body, headers });
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.body).toEqual({ ...first.body, secret: null });
    expect(await db.webhookEndpoint.count({ where: { teamId, url: body.url } })).toBe(1);
  });
});

describe("subscribing to events", () => {
  it("refuses a webhooks:manage-only key meeting.created with 403 naming meetings:read, and creates nothing", async () => {
    const url = `${PUBLIC_URL}/manage-only`;
    const refused = await call(OPERATIONS.createWebhookEndpoint, {
      key: manageOnlyKey,
      body: { url, enabled_events: ["meeting.created"] },
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.body).toMatchObject({
      code: "insufficient_scope",
      required_scope: "meetings:read",
      denied_events: [{ event: "meeting.created", required_scope: "meetings:read" }],
    });
    expect(refused.body.detail).toContain("meeting.created (needs meetings:read)");

    const everything = await call(OPERATIONS.createWebhookEndpoint, {
      key: manageOnlyKey,
      body: {
        url,
        enabled_events: [
          "meeting.deleted",
          "transcript.updated",
          "note.created",
          "action_item.completed",
          "channel.updated",
        ],
      },
    });
    expect(everything.status).toBe(403);
    expect(everything.body.denied_events).toEqual([
      { event: "meeting.deleted", required_scope: "meetings:read" },
      { event: "transcript.updated", required_scope: "transcripts:read" },
      { event: "note.created", required_scope: "notes:read" },
      { event: "action_item.completed", required_scope: "action-items:read" },
      { event: "channel.updated", required_scope: "channels:read" },
    ]);
    expect(await db.webhookEndpoint.count({ where: { teamId, url } })).toBe(0);
  });

  it("accepts meeting.created from a key that also holds meetings:read, and grants the endpoint that scope only", async () => {
    const url = `${PUBLIC_URL}/meetings-reader`;
    const created = await call(OPERATIONS.createWebhookEndpoint, {
      key: meetingsKey,
      body: { url, enabled_events: ["meeting.created"] },
    });
    expect(created.status).toBe(201);
    expect(
      await db.webhookEndpoint.findUniqueOrThrow({
        where: { id: created.body.id as string },
        select: { grantedScopes: true },
      }),
    ).toEqual({ grantedScopes: ["meetings:read"] });

    const mixed = await call(OPERATIONS.createWebhookEndpoint, {
      key: meetingsKey,
      body: { url, enabled_events: ["meeting.created", "note.created"] },
    });
    expect(mixed).toMatchObject({
      status: 403,
      body: { code: "insufficient_scope", denied_events: [{ event: "note.created", required_scope: "notes:read" }] },
    });
  });

  it("refuses a PATCH that subscribes the key to events it cannot read, by new events or by a new URL", async () => {
    const created = await call(OPERATIONS.createWebhookEndpoint, {
      body: { url: `${PUBLIC_URL}/patched`, enabled_events: ["meeting.created", "note.created"] },
    });
    const params = { id: created.body.id as string };

    const events = await call(OPERATIONS.updateWebhookEndpoint, {
      key: manageOnlyKey,
      params,
      body: { enabled_events: ["meeting.created"] },
    });
    expect(events).toMatchObject({
      status: 403,
      body: {
        code: "insufficient_scope",
        required_scope: "meetings:read",
        denied_events: [{ event: "meeting.created" }],
      },
    });
    // Pointing the endpoint elsewhere would send its events there: the same rule, on the events it keeps.
    const moved = await call(OPERATIONS.updateWebhookEndpoint, {
      key: meetingsKey,
      params,
      body: { url: `${PUBLIC_URL}/elsewhere` },
    });
    expect(moved).toMatchObject({
      status: 403,
      body: { denied_events: [{ event: "note.created", required_scope: "notes:read" }] },
    });
    const unchanged = await db.webhookEndpoint.findUniqueOrThrow({
      where: { id: params.id },
      select: { url: true, enabledEvents: true, grantedScopes: true },
    });
    expect(unchanged).toEqual({
      url: `${PUBLIC_URL}/patched`,
      enabledEvents: ["meeting.created", "note.created"],
      grantedScopes: READ_SCOPES,
    });

    // Neither redirects data: allowed.
    expect(
      (await call(OPERATIONS.updateWebhookEndpoint, { key: manageOnlyKey, params, body: { description: "Renamed" } }))
        .status,
    ).toBe(200);

    const narrowed = await call(OPERATIONS.updateWebhookEndpoint, {
      key: meetingsKey,
      params,
      body: { enabled_events: ["meeting.created"] },
    });
    expect(narrowed).toMatchObject({
      status: 200,
      body: { enabled_events: ["meeting.created"], description: "Renamed" },
    });
    expect(
      await db.webhookEndpoint.findUniqueOrThrow({ where: { id: params.id }, select: { grantedScopes: true } }),
    ).toEqual({ grantedScopes: ["meetings:read"] });
  });
});
