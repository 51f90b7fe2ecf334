import { beforeAll, describe, expect, it } from "vitest";
import { requestFingerprint } from "@/lib/api/idempotency";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { db } from "../helpers/database";
import { apiTeam } from "../helpers/v1-fixtures";
import { callOperation } from "../helpers/v1-routes";
import { setUpV1Test } from "../helpers/v1-setup";

setUpV1Test();

type Team = Awaited<ReturnType<typeof apiTeam>>;
let home: Team;
let key: string;

beforeAll(async () => {
  home = await apiTeam();
  key = await home.keyWith(["speakers:write", "channels:write"]);
});

function createSpeaker(idempotencyKey: string | undefined, body: unknown, as = key) {
  return callOperation(OPERATIONS.createSpeaker, { key: as, body, headers: idempotencyKey ? { "idempotency-key": idempotencyKey } : {} });
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
    expect(await reused.json()).toMatchObject({ code: "validation_failed", errors: [{ field: "header.Idempotency-Key" }] });
    expect(await speakerCount("Something else")).toBe(0);
  });

  it("scopes keys to the endpoint and the team", async () => {
    await createSpeaker("shared-key", { name: "Shared" });
    const channel = await callOperation(OPERATIONS.createChannel, { key, body: { name: "Shared" }, headers: { "idempotency-key": "shared-key" } });
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
    const failed = await callOperation(OPERATIONS.createChannel, { key, body: { name: "Taken" }, headers: { "idempotency-key": "retry-after-409" } });
    expect(failed.status).toBe(409);
    await db.channel.deleteMany({ where: { teamId: home.team.id, name: "Taken" } });
    const retried = await callOperation(OPERATIONS.createChannel, { key, body: { name: "Taken" }, headers: { "idempotency-key": "retry-after-409" } });
    expect(retried.status).toBe(201);
  });

  it("expires keys after 24 hours and takes over abandoned ones", async () => {
    await createSpeaker("old-key", { name: "Old" });
    await db.idempotencyRecord.updateMany({ where: { teamId: home.team.id, key: "old-key" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const fresh = await createSpeaker("old-key", { name: "New body is fine now" });
    expect(fresh.status).toBe(201);
    expect(fresh.headers.get("idempotent-replayed")).toBeNull();

    const inProgress = (key: string, startedMsAgo: number, body: unknown) =>
      db.idempotencyRecord.create({
        data: {
          teamId: home.team.id,
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
