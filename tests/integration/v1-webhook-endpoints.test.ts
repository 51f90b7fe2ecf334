// /api/v1/webhook-endpoints through the routes: the secret only in the create and rotate
// answers, the SSRF check on URLs, test events, deliveries, disabling, deletion.
import { beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "@/lib/api/v1/operations";
import type { Operation } from "@/lib/api/v1/operation";
import { db } from "../helpers/database";
import { apiTeam } from "../helpers/v1-fixtures";
import { callOperation, type OperationCall } from "../helpers/v1-routes";
import { setUpV1Test } from "../helpers/v1-setup";

setUpV1Test();

type Json = Record<string, unknown>;

let key: string;
let teamId: string;

beforeAll(async () => {
  const team = await apiTeam();
  teamId = team.team.id;
  key = await team.keyWith(["webhooks:manage"]);
});

async function call(operation: Operation, options: Omit<OperationCall, "key"> = {}) {
  const response = await callOperation(operation, { ...options, key });
  const text = await response.text();
  return { status: response.status, text, body: (text ? JSON.parse(text) : {}) as Json, headers: response.headers };
}

// Address literals: no DNS in tests.
const PUBLIC_URL = "https://93.184.215.14/hooks/mavio";

describe("webhook endpoints", () => {
  it("shows the signing secret when created and rotated, and nowhere else", async () => {
    const created = await call(OPERATIONS.createWebhookEndpoint, { body: { url: PUBLIC_URL, enabled_events: ["note.created", "note.created", "meeting.created"] } });
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
    expect(Date.parse(rotated.body.previous_secret_expires_at as string) - Date.now()).toBeGreaterThan(23 * 60 * 60 * 1000);

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
    for (const url of ["http://127.0.0.1:3000/hook", "http://10.1.2.3/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]/hook", "ftp://93.184.215.14/x"]) {
      const refused = await call(OPERATIONS.createWebhookEndpoint, { body: { url, enabled_events: ["meeting.created"] } });
      expect({ url, status: refused.status, fields: (refused.body.errors as { field: string }[]).map((error) => error.field) }).toEqual({ url, status: 422, fields: ["url"] });
    }
    const created = await call(OPERATIONS.createWebhookEndpoint, { body: { url: PUBLIC_URL, enabled_events: ["meeting.created"] } });
    const update = await call(OPERATIONS.updateWebhookEndpoint, { params: { id: created.body.id as string }, body: { url: "http://192.168.0.10/hook" } });
    expect(update).toMatchObject({ status: 422, body: { code: "validation_failed", errors: [{ field: "url" }] } });
    expect((await call(OPERATIONS.getWebhookEndpoint, { params: { id: created.body.id as string } })).body.url).toBe(PUBLIC_URL);
  });

  it("queues test events, lists deliveries, refuses tests while disabled, and deletes", async () => {
    const created = await call(OPERATIONS.createWebhookEndpoint, { body: { url: PUBLIC_URL, enabled_events: ["action_item.completed"] } });
    const params = { id: created.body.id as string };

    const test = await call(OPERATIONS.sendWebhookTestEvent, { params });
    expect(test).toMatchObject({ status: 202, body: { event_id: expect.stringMatching(/^evt_/), delivery_id: expect.stringMatching(/^dlv_/) } });
    const deliveries = await call(OPERATIONS.listWebhookDeliveries, { params });
    expect(deliveries.body).toMatchObject({
      data: [{ id: test.body.delivery_id, event_id: test.body.event_id, event_type: "webhook.test", status: "pending", attempt_count: 0, attempts: [] }],
      has_more: false,
    });
    expect((await call(OPERATIONS.listWebhookDeliveries, { params, query: { status: "succeeded" } })).body.data).toEqual([]);

    const disabled = await call(OPERATIONS.updateWebhookEndpoint, { params, body: { status: "disabled" } });
    expect(disabled.body).toMatchObject({ status: "disabled", disabled_reason: expect.any(String) });
    expect(await call(OPERATIONS.sendWebhookTestEvent, { params })).toMatchObject({ status: 409, body: { code: "conflict" } });
    // Disabling gave up the pending delivery.
    expect((await call(OPERATIONS.listWebhookDeliveries, { params })).body.data).toEqual([expect.objectContaining({ status: "failed", next_attempt_at: null })]);
    expect((await call(OPERATIONS.updateWebhookEndpoint, { params, body: { status: "enabled" } })).body).toMatchObject({ status: "enabled", disabled_reason: null });
    expect((await call(OPERATIONS.sendWebhookTestEvent, { params })).status).toBe(202);

    expect((await call(OPERATIONS.deleteWebhookEndpoint, { params })).status).toBe(204);
    for (const operation of [OPERATIONS.getWebhookEndpoint, OPERATIONS.listWebhookDeliveries, OPERATIONS.rotateWebhookEndpointSecret, OPERATIONS.deleteWebhookEndpoint]) {
      expect((await call(operation, { params })).body, operation.operationId).toMatchObject({ status: 404, code: "not_found" });
    }
    expect(await db.webhookDelivery.count({ where: { endpointId: params.id } })).toBe(0);
  });

  it("replays a create retried with the same Idempotency-Key, secret included, without a second endpoint", async () => {
    const headers = { "Idempotency-Key": "3b8f1c52-create-webhook" };
    const body = { url: `${PUBLIC_URL}/idempotent`, enabled_events: ["meeting.created"] };
    const first = await call(OPERATIONS.createWebhookEndpoint, { body, headers });
    const retry = await call(OPERATIONS.createWebhookEndpoint, { body, headers });
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.body).toEqual(first.body);
    expect(await db.webhookEndpoint.count({ where: { teamId, url: body.url } })).toBe(1);
  });
});
