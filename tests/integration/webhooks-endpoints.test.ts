// The management domain functions behind /api/v1/webhook-endpoints and the settings UI.
import { ZodError } from "zod";
import { describe, expect, it } from "vitest";
import { apiErrorOf } from "@/lib/api/problem-response";
import { DomainError } from "@/lib/errors/domain-error";
import { SCOPE_NAMES } from "@/lib/keys/scopes";
import type { ApiError } from "@/lib/http/errors";
import {
  MANUALLY_DISABLED_REASON,
  createEndpoint,
  deleteEndpoint,
  getEndpoint,
  listDeliveries,
  listEndpoints,
  rotateSecret,
  sendTestEvent,
  updateEndpoint,
} from "@/lib/webhooks/endpoints";
import { db, setUpTestDatabase } from "../helpers/database";
import { createTeam } from "../helpers/factories";

setUpTestDatabase();

const publicDns = async () => [{ address: "93.184.216.34", family: 4 as const }];
const safe = { allowPrivate: false, resolve: publicDns, actorScopes: SCOPE_NAMES };
const input = {
  url: "https://hooks.example.com/mavio",
  description: "Tracker sync",
  enabled_events: ["action_item.created" as const],
};

async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return apiErrorOf(error as DomainError)!;
}

describe("webhook endpoint management", () => {
  it("creates an endpoint and shows its secret only in the create result", async () => {
    const team = await createTeam();
    const created = await createEndpoint(team.id, input, safe);
    expect(created).toMatchObject({
      id: expect.stringMatching(/^whk_/),
      url: input.url,
      description: "Tracker sync",
      enabled_events: ["action_item.created"],
      status: "enabled",
      disabled_reason: null,
      failing_since: null,
      secret: expect.stringMatching(/^whsec_/),
    });
    const fetched = await getEndpoint(team.id, created.id);
    expect(fetched).not.toHaveProperty("secret");
    expect(JSON.stringify(await listEndpoints(team.id))).not.toContain(created.secret);
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: created.id } })).secret).toBe(created.secret);
  });

  it("lists the team's endpoints newest first, page by page", async () => {
    const team = await createTeam();
    const ids = [];
    for (let i = 0; i < 3; i++)
      ids.push((await createEndpoint(team.id, input, { ...safe, now: new Date(Date.now() + i * 1000) })).id);
    const first = await listEndpoints(team.id, { limit: 2 });
    expect(first.data.map((endpoint) => endpoint.id)).toEqual([ids[2], ids[1]]);
    expect(first.has_more).toBe(true);
    const second = await listEndpoints(team.id, { limit: 2, cursor: first.next_cursor! });
    expect(second).toMatchObject({ data: [{ id: ids[0] }], has_more: false, next_cursor: null });
  });

  it("refuses URLs that resolve to loopback, private or metadata addresses", async () => {
    const team = await createTeam();
    for (const url of [
      "http://127.0.0.1:3000/hook",
      "http://localhost/hook",
      "http://169.254.169.254/latest",
      "http://[::1]/hook",
      "http://10.0.0.8/hook",
    ]) {
      const error = await apiError(
        createEndpoint(team.id, { ...input, url }, { actorScopes: SCOPE_NAMES, allowPrivate: false }),
      );
      expect(error.code).toBe("validation_failed");
      expect(error.extras).toEqual({
        errors: [{ field: "url", message: expect.stringMatching(/address\. Webhooks cannot be sent/) }],
      });
    }
    const privateDns = async () => [{ address: "192.168.1.5", family: 4 as const }];
    expect(
      (
        await apiError(
          createEndpoint(team.id, input, { actorScopes: SCOPE_NAMES, allowPrivate: false, resolve: privateDns }),
        )
      ).detail,
    ).toMatch(/hooks\.example\.com resolves to 192\.168\.1\.5/);

    const created = await createEndpoint(team.id, input, safe);
    expect(
      (
        await apiError(
          updateEndpoint(
            team.id,
            created.id,
            { url: "http://127.0.0.1/x" },
            { actorScopes: SCOPE_NAMES, allowPrivate: false },
          ),
        )
      ).code,
    ).toBe("validation_failed");
    // The development setting allows them.
    await expect(
      createEndpoint(
        team.id,
        { ...input, url: "http://127.0.0.1:3000/hook" },
        { actorScopes: SCOPE_NAMES, allowPrivate: true },
      ),
    ).resolves.toMatchObject({ url: "http://127.0.0.1:3000/hook" });
    expect(await db.webhookEndpoint.count({ where: { teamId: team.id } })).toBe(2);
  });

  it("validates input with the shared schemas", async () => {
    const team = await createTeam();
    await expect(createEndpoint(team.id, { ...input, enabled_events: [] }, safe)).rejects.toBeInstanceOf(ZodError);
    await expect(createEndpoint(team.id, { ...input, url: "ftp://x.example" }, safe)).rejects.toBeInstanceOf(ZodError);
    const created = await createEndpoint(team.id, input, safe);
    await expect(
      updateEndpoint(team.id, created.id, { enabled_events: ["webhook.test" as "note.created"] }, safe),
    ).rejects.toBeInstanceOf(ZodError);
  });

  it("answers 404 for another team's endpoint, whatever the operation", async () => {
    const owner = await createTeam();
    const stranger = await createTeam();
    const { id } = await createEndpoint(owner.id, input, safe);
    const attempts = [
      () => getEndpoint(stranger.id, id),
      () => updateEndpoint(stranger.id, id, { description: "mine now" }, safe),
      () => deleteEndpoint(stranger.id, id),
      () => rotateSecret(stranger.id, id),
      () => sendTestEvent(stranger.id, id),
      () => listDeliveries(stranger.id, id),
    ];
    for (const attempt of attempts) expect((await apiError(attempt())).code).toBe("not_found");
    expect(await getEndpoint(owner.id, id)).toMatchObject({ id, description: "Tracker sync" });
  });

  it("updates the fields sent; disabling gives up pending deliveries, enabling clears the reason", async () => {
    const team = await createTeam();
    const { id } = await createEndpoint(team.id, input, safe);
    const updated = await updateEndpoint(
      team.id,
      id,
      { description: "New", enabled_events: ["note.created", "note.updated"], url: "https://other.example.com/h" },
      safe,
    );
    expect(updated).toMatchObject({
      description: "New",
      enabled_events: ["note.created", "note.updated"],
      url: "https://other.example.com/h",
      status: "enabled",
    });

    const test = await sendTestEvent(team.id, id);
    const disabled = await updateEndpoint(team.id, id, { status: "disabled" }, { actorScopes: SCOPE_NAMES });
    expect(disabled).toMatchObject({ status: "disabled", disabled_reason: MANUALLY_DISABLED_REASON });
    expect((await db.webhookDelivery.findUniqueOrThrow({ where: { id: test.delivery_id } })).status).toBe("failed");
    expect((await apiError(sendTestEvent(team.id, id))).code).toBe("conflict");

    await db.webhookEndpoint.update({ where: { id }, data: { failingSince: new Date() } });
    expect(await updateEndpoint(team.id, id, { status: "enabled" }, { actorScopes: SCOPE_NAMES })).toMatchObject({
      status: "enabled",
      disabled_reason: null,
      failing_since: null,
    });
  });

  it("rotates the secret, keeping the previous one signing for 24 hours", async () => {
    const team = await createTeam();
    const created = await createEndpoint(team.id, input, safe);
    const now = new Date("2026-11-26T12:00:00Z");
    const rotated = await rotateSecret(team.id, created.id, { now });
    expect(rotated).toMatchObject({
      id: created.id,
      secret: expect.stringMatching(/^whsec_/),
      previous_secret_expires_at: "2026-11-27T12:00:00.000Z",
    });
    expect(rotated.secret).not.toBe(created.secret);
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      secret: rotated.secret,
      previousSecret: created.secret,
      previousSecretExpiresAt: new Date("2026-11-27T12:00:00Z"),
    });
  });

  it("queues test events and lists deliveries newest first with their attempts", async () => {
    const team = await createTeam();
    const { id } = await createEndpoint(team.id, input, safe);
    const base = Date.now();
    const tests = [];
    for (let i = 0; i < 3; i++) tests.push(await sendTestEvent(team.id, id, { now: new Date(base + i * 1000) }));
    await db.webhookDeliveryAttempt.createMany({
      data: [
        {
          deliveryId: tests[2].delivery_id,
          attemptedAt: new Date(base + 5000),
          statusCode: 500,
          durationMs: 12,
          responseBody: "err",
        },
        {
          deliveryId: tests[2].delivery_id,
          attemptedAt: new Date(base + 9000),
          statusCode: null,
          durationMs: 15000,
          error: "No response within 15 s",
        },
      ],
    });
    await db.webhookDelivery.update({
      where: { id: tests[2].delivery_id },
      data: { attemptCount: 2, nextAttemptAt: new Date(base + 60_000) },
    });

    const first = await listDeliveries(team.id, id, { limit: 2 });
    expect(first.data.map((delivery) => delivery.id)).toEqual([tests[2].delivery_id, tests[1].delivery_id]);
    expect(first.data[0]).toMatchObject({
      endpoint_id: id,
      event_id: tests[2].event_id,
      event_type: "webhook.test",
      status: "pending",
      attempt_count: 2,
      next_attempt_at: new Date(base + 60_000).toISOString(),
      attempts: [
        {
          attempted_at: new Date(base + 5000).toISOString(),
          status_code: 500,
          duration_ms: 12,
          error: null,
          response_body: "err",
        },
        {
          attempted_at: new Date(base + 9000).toISOString(),
          status_code: null,
          duration_ms: 15000,
          error: "No response within 15 s",
          response_body: null,
        },
      ],
    });
    const second = await listDeliveries(team.id, id, { limit: 2, cursor: first.next_cursor! });
    expect(second.data.map((delivery) => delivery.id)).toEqual([tests[0].delivery_id]);
    expect((await listDeliveries(team.id, id, { status: "succeeded" })).data).toEqual([]);
    expect((await apiError(listDeliveries(team.id, id, { cursor: "bogus!" }))).code).toBe("invalid_request");
  });

  it("deletes an endpoint with its deliveries", async () => {
    const team = await createTeam();
    const { id } = await createEndpoint(team.id, input, safe);
    const test = await sendTestEvent(team.id, id);
    await deleteEndpoint(team.id, id);
    expect((await apiError(getEndpoint(team.id, id))).code).toBe("not_found");
    expect(await db.webhookDelivery.count({ where: { id: test.delivery_id } })).toBe(0);
    expect((await apiError(deleteEndpoint(team.id, id))).code).toBe("not_found");
  });
});
