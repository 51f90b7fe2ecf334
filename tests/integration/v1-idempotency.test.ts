import { beforeAll, describe, expect, it } from "vitest";
import { requestFingerprint } from "@/lib/api/idempotency";
import { OPERATION_LIST, OPERATIONS } from "@/lib/api/v1/operations";
import { hashApiKey } from "@/lib/keys/format";
import { db } from "../helpers/database";
import { apiTeam } from "../helpers/v1-fixtures";
import { callOperation } from "../helpers/v1-routes";
import { setUpV1Test } from "../helpers/v1-setup";

setUpV1Test();

type Team = Awaited<ReturnType<typeof apiTeam>>;
let home: Team;
let key: string;
let keyId: string;

beforeAll(async () => {
  home = await apiTeam();
  key = await home.keyWith(["speakers:write", "channels:write"]);
  keyId = await apiKeyId(key);
});

async function apiKeyId(secret: string): Promise<string> {
  return (await db.apiKey.findUniqueOrThrow({ where: { hash: hashApiKey(secret) }, select: { id: true } })).id;
}

function createSpeaker(idempotencyKey: string | undefined, body: unknown, as = key) {
  return callOperation(OPERATIONS.createSpeaker, {
    key: as,
    body,
    headers: idempotencyKey ? { "idempotency-key": idempotencyKey } : {},
  });
}

async function speakerCount(name: string) {
  return db.speakerProfile.count({ where: { teamId: home.team.id, name } });
}

describe("Idempotency-Key on POST", () => {
  it("replays the first response for the same key and body", async () => {
    const first = await createSpeaker("retry-1", { name: "Replay Me", email: "replay@example.com" });
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const second = await createSpeaker("retry-1", { email: "replay@example.com", name: "Replay Me" }); // same request, fields reordered
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(second.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
    expect(await second.json()).toEqual(await first.json());
    expect(await speakerCount("Replay Me")).toBe(1);
  });

  it("refuses the same key with a different body with 422", async () => {
    await createSpeaker("retry-2", { name: "Original" });
    const reused = await createSpeaker("retry-2", { name: "Something else" });
    expect(reused.status).toBe(422);
    expect(await reused.json()).toMatchObject({
      code: "validation_failed",
      errors: [{ field: "header.Idempotency-Key" }],
    });
    expect(await speakerCount("Something else")).toBe(0);
  });

  it("scopes keys to the endpoint and the team", async () => {
    await createSpeaker("shared-key", { name: "Shared" });
    const channel = await callOperation(OPERATIONS.createChannel, {
      key,
      body: { name: "Shared" },
      headers: { "idempotency-key": "shared-key" },
    });
    expect(channel.status).toBe(422); // same key, another request
    const other = await apiTeam();
    const elsewhere = await createSpeaker("shared-key", { name: "Shared" }, await other.keyWith(["speakers:write"]));
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.headers.get("idempotent-replayed")).toBeNull();
  });

  it("executes concurrent duplicates once", async () => {
    const responses = await Promise.all(Array.from({ length: 8 }, () => createSpeaker("burst-1", { name: "Burst" })));
    const statuses = responses.map((response) => response.status);
    expect(await speakerCount("Burst")).toBe(1);
    expect(statuses.filter((status) => status === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    const conflict = responses.find((response) => response.status === 409);
    if (conflict) expect(conflict.headers.get("retry-after")).toBe("1");
    // Once the first finished, retries replay it.
    expect((await createSpeaker("burst-1", { name: "Burst" })).headers.get("idempotent-replayed")).toBe("true");
  });

  it("lets a failed request be retried with the same key", async () => {
    await callOperation(OPERATIONS.createChannel, { key, body: { name: "Taken" } });
    const failed = await callOperation(OPERATIONS.createChannel, {
      key,
      body: { name: "Taken" },
      headers: { "idempotency-key": "retry-after-409" },
    });
    expect(failed.status).toBe(409);
    await db.channel.deleteMany({ where: { teamId: home.team.id, name: "Taken" } });
    const retried = await callOperation(OPERATIONS.createChannel, {
      key,
      body: { name: "Taken" },
      headers: { "idempotency-key": "retry-after-409" },
    });
    expect(retried.status).toBe(201);
  });

  it("expires keys after 24 hours and takes over abandoned ones", async () => {
    await createSpeaker("old-key", { name: "Old" });
    await db.idempotencyRecord.updateMany({
      where: { teamId: home.team.id, key: "old-key" },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const fresh = await createSpeaker("old-key", { name: "New body is fine now" });
    expect(fresh.status).toBe(201);
    expect(fresh.headers.get("idempotent-replayed")).toBeNull();

    const inProgress = (key: string, startedMsAgo: number, body: unknown) =>
      db.idempotencyRecord.create({
        data: {
          teamId: home.team.id,
          apiKeyId: keyId,
          key,
          requestHash: requestFingerprint(["createSpeaker", {}, body]),
          responseStatus: 0,
          responseBody: "",
          createdAt: new Date(Date.now() - startedMsAgo),
          expiresAt: new Date(Date.now() + 3_600_000),
        },
      });
    // Still running (claimed a second ago): 409, try again shortly.
    await inProgress("running", 1_000, { name: "Running" });
    const running = await createSpeaker("running", { name: "Running" });
    expect(running.status).toBe(409);
    expect(running.headers.get("retry-after")).toBe("1");
    // Claimed two minutes ago and never finished (the process died): the retry runs it.
    await inProgress("crashed", 120_000, { name: "After crash" });
    const recovered = await createSpeaker("crashed", { name: "After crash" });
    expect(recovered.status).toBe(201);
    expect(await speakerCount("After crash")).toBe(1);
    expect((await createSpeaker("crashed", { name: "After crash" })).headers.get("idempotent-replayed")).toBe("true");
  });

  it("refuses malformed keys with 400 and ignores the header on other methods", async () => {
    expect((await createSpeaker("x".repeat(256), { name: "Long" })).status).toBe(400);
    expect((await createSpeaker("has space", { name: "Space" })).status).toBe(400);
    expect((await createSpeaker('"quoted-ok"', { name: "Quoted" })).status).toBe(201);
  });
});

describe("Idempotency-Key replays and secrets", () => {
  type Json = Record<string, unknown>;
  const PUBLIC_URL = "https://93.184.215.14/hooks/idempotent";
  let webhooksKey: string;

  beforeAll(async () => {
    webhooksKey = await home.keyWith(["webhooks:manage", "meetings:read", "speakers:write"]);
  });

  const send = (
    operation: (typeof OPERATION_LIST)[number],
    idempotencyKey: string,
    options: { body?: unknown; params?: Record<string, string>; as?: string } = {},
  ) =>
    callOperation(operation, {
      key: options.as ?? webhooksKey,
      body: options.body,
      params: options.params,
      headers: { "idempotency-key": idempotencyKey },
    });

  /** The stored reply (each test uses its own Idempotency-Key, sent by one API key). */
  async function storedBody(idempotencyKey: string): Promise<string> {
    return (await db.idempotencyRecord.findFirstOrThrow({ where: { teamId: home.team.id, key: idempotencyKey } }))
      .responseBody;
  }

  it("stores a created endpoint without its secret, and replays it with secret null, naming what it left out", async () => {
    const body = { url: PUBLIC_URL, enabled_events: ["meeting.created"] };
    const first = await send(OPERATIONS.createWebhookEndpoint, "create-with-secret", { body });
    const created = (await first.json()) as Json;
    expect(first.status).toBe(201);
    expect(created.secret).toMatch(/^whsec_/);

    const stored = await storedBody("create-with-secret");
    expect(stored).not.toContain("whsec_");
    expect(stored).not.toContain(created.secret as string);
    expect(JSON.parse(stored)).toEqual({ ...created, secret: null });

    const replay = await send(OPERATIONS.createWebhookEndpoint, "create-with-secret", { body });
    const text = await replay.text();
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.headers.get("idempotent-omitted")).toBe("secret");
    expect(text).not.toContain("whsec_");
    expect(JSON.parse(text)).toEqual({ ...created, secret: null });
    expect(await db.webhookEndpoint.count({ where: { teamId: home.team.id, url: PUBLIC_URL } })).toBe(1);
  });

  it("stores and replays a rotation without the new secret, and rotates once", async () => {
    const created = (await (
      await send(OPERATIONS.createWebhookEndpoint, "create-to-rotate", {
        body: { url: `${PUBLIC_URL}/rotated`, enabled_events: ["meeting.created"] },
      })
    ).json()) as Json;
    const params = { id: created.id as string };
    const rotated = (await (
      await send(OPERATIONS.rotateWebhookEndpointSecret, "rotate-once", { params })
    ).json()) as Json;
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(await storedBody("rotate-once")).not.toContain("whsec_");

    const replay = await send(OPERATIONS.rotateWebhookEndpointSecret, "rotate-once", { params });
    const text = await replay.text();
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(text).not.toContain("whsec_");
    expect(JSON.parse(text)).toEqual({ ...rotated, secret: null });
    const endpoint = await db.webhookEndpoint.findUniqueOrThrow({
      where: { id: params.id },
      select: { secret: true, previousSecret: true },
    });
    expect(endpoint).toEqual({ secret: rotated.secret, previousSecret: created.secret });
  });

  it("never replays one API key's response to another key of the same team: the other key's request runs on its own", async () => {
    const otherKey = await home.keyWith(["webhooks:manage", "meetings:read", "speakers:write", "team:read"]);
    const body = { url: `${PUBLIC_URL}/shared-key`, enabled_events: ["meeting.created"] };
    const first = (await (await send(OPERATIONS.createWebhookEndpoint, "shared-across-keys", { body })).json()) as Json;

    const other = await send(OPERATIONS.createWebhookEndpoint, "shared-across-keys", { body, as: otherKey });
    const otherBody = (await other.json()) as Json;
    expect(other.status).toBe(201);
    expect(other.headers.get("idempotent-replayed")).toBeNull();
    expect(otherBody.id).not.toBe(first.id);
    expect(otherBody.secret).toMatch(/^whsec_/);
    expect(otherBody.secret).not.toBe(first.secret);
    expect(await db.webhookEndpoint.count({ where: { teamId: home.team.id, url: body.url } })).toBe(2);

    // Any operation: the same request from another key is that key's first, and runs.
    expect((await send(OPERATIONS.createSpeaker, "speaker-key", { body: { name: "Own scope" } })).status).toBe(201);
    const fresh = await send(OPERATIONS.createSpeaker, "speaker-key", { body: { name: "Own scope" }, as: otherKey });
    expect(fresh.status).toBe(201);
    expect(fresh.headers.get("idempotent-replayed")).toBeNull();
    expect(await speakerCount("Own scope")).toBe(2);
  });

  it("declares every result field named secret as shown once, so no secret reaches a stored replay", () => {
    const withSecret = OPERATION_LIST.filter(
      (operation) =>
        operation.result.kind === "json" && "secret" in ((operation.result.schema as { shape?: object }).shape ?? {}),
    );
    expect(withSecret.map((operation) => operation.operationId)).toEqual([
      "createWebhookEndpoint",
      "rotateWebhookEndpointSecret",
    ]);
    for (const operation of withSecret) expect(operation.shownOnce, operation.operationId).toEqual(["secret"]);
  });
});
