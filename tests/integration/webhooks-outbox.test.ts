// The outbox: an event exists if and only if the change it announces commits, and the
// fan-out turns it into one delivery per subscribed, enabled endpoint of its team.
import { afterEach, describe, expect, it } from "vitest";
import { READ_SCOPES } from "@/lib/keys/scopes";
import { emitWebhookEvent } from "@/lib/webhooks/events";
import { fanOutEvents } from "@/lib/webhooks/fan-out";
import { db, setUpTestDatabase } from "../helpers/database";
import { createTeam } from "../helpers/factories";

setUpTestDatabase();

afterEach(async () => {
  await db.webhookEvent.deleteMany();
  await db.webhookEndpoint.deleteMany();
});

/** An endpoint row; it may read everything unless `grantedScopes` says otherwise. */
async function endpoint(
  teamId: string,
  enabledEvents: string[],
  options: { status?: "enabled" | "disabled"; createdAt?: Date; grantedScopes?: string[] } = {},
) {
  return db.webhookEndpoint.create({
    data: {
      teamId,
      url: "https://example.com/hooks",
      secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      enabledEvents,
      grantedScopes: options.grantedScopes ?? READ_SCOPES,
      status: options.status,
      createdAt: options.createdAt,
    },
  });
}

describe("the webhook outbox", () => {
  it("emits nothing for a write whose transaction rolls back", async () => {
    const team = await createTeam();
    await endpoint(team.id, ["meeting.created"]);
    const failure = db.$transaction(async (tx) => {
      const meeting = await tx.meeting.create({
        data: { teamId: team.id, title: "Doomed", platform: "zoom" },
        select: { id: true, title: true },
      });
      await emitWebhookEvent(tx, { teamId: team.id, type: "meeting.created", object: meeting });
      throw new Error("a later step of the write failed");
    });
    await expect(failure).rejects.toThrow("a later step of the write failed");

    expect(await db.meeting.count({ where: { teamId: team.id } })).toBe(0);
    expect(await db.webhookEvent.count({ where: { teamId: team.id } })).toBe(0);
    expect(await fanOutEvents(new Date())).toBe(0);
    expect(await db.webhookDelivery.count()).toBe(0);
  });

  it("emits the event when the write commits, with the documented payload", async () => {
    const team = await createTeam();
    const occurredAt = new Date("2026-11-26T12:00:00Z");
    const { meeting, payload } = await db.$transaction(async (tx) => {
      const meeting = await tx.meeting.create({
        data: { teamId: team.id, title: "Kept", platform: "zoom" },
        select: { id: true, title: true },
      });
      const payload = await emitWebhookEvent(tx, {
        teamId: team.id,
        type: "meeting.created",
        object: meeting,
        occurredAt,
      });
      return { meeting, payload };
    });
    const row = await db.webhookEvent.findUniqueOrThrow({ where: { id: payload.id } });
    expect(row).toMatchObject({ teamId: team.id, type: "meeting.created", createdAt: occurredAt, fannedOutAt: null });
    expect(row.payload).toEqual({
      id: payload.id,
      type: "meeting.created",
      timestamp: "2026-11-26T12:00:00.000Z",
      data: { object: meeting },
    });
  });

  it("must be written with the transaction client, not the database client", async () => {
    const team = await createTeam();
    await expect(emitWebhookEvent(db, { teamId: team.id, type: "meeting.created", object: {} })).rejects.toThrow(
      /transaction client/,
    );
    await expect(
      db.$transaction((tx) =>
        emitWebhookEvent(tx, { teamId: team.id, type: "webhook.test" as "meeting.created", object: {} }),
      ),
    ).rejects.toThrow();
  });

  it("fans out to the team's enabled endpoints subscribed to the type, once", async () => {
    const team = await createTeam();
    const otherTeam = await createTeam();
    const subscribed = await endpoint(team.id, ["meeting.created", "note.created"]);
    await endpoint(team.id, ["note.created"]);
    await endpoint(team.id, ["meeting.created"], { status: "disabled" });
    await endpoint(otherTeam.id, ["meeting.created"]);
    const later = await endpoint(team.id, ["meeting.created"], { createdAt: new Date(Date.now() + 60_000) });

    const payload = await db.$transaction((tx) =>
      emitWebhookEvent(tx, { teamId: team.id, type: "meeting.created", object: { id: "mtg_1" } }),
    );
    const now = new Date();
    expect(await fanOutEvents(now)).toBe(1);
    expect(await fanOutEvents(now)).toBe(0);

    const deliveries = await db.webhookDelivery.findMany({
      select: { endpointId: true, eventId: true, status: true, attemptCount: true, nextAttemptAt: true },
    });
    expect(deliveries).toEqual([
      { endpointId: subscribed.id, eventId: payload.id, status: "pending", attemptCount: 0, nextAttemptAt: now },
    ]);
    expect(deliveries.some((delivery) => delivery.endpointId === later.id)).toBe(false); // created after the event
    expect((await db.webhookEvent.findUniqueOrThrow({ where: { id: payload.id } })).fannedOutAt).toEqual(now);
  });

  it("skips the events whose read scope the endpoint was not granted, and still delivers the others", async () => {
    const team = await createTeam();
    const meetingsOnly = await endpoint(team.id, ["meeting.created", "note.created"], {
      grantedScopes: ["meetings:read"],
    });
    // A row that states no grant (what an endpoint made before grants existed would be without the backfill) reads nothing.
    await db.webhookEndpoint.create({
      data: {
        teamId: team.id,
        url: "https://example.com/legacy",
        secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        enabledEvents: ["meeting.created", "note.created"],
      },
    });

    const [meeting, note] = await db.$transaction(async (tx) => [
      await emitWebhookEvent(tx, { teamId: team.id, type: "meeting.created", object: { id: "mtg_1" } }),
      await emitWebhookEvent(tx, {
        teamId: team.id,
        type: "note.created",
        object: { id: "note_1", content_markdown: "Confidential" },
      }),
    ]);
    expect(await fanOutEvents(new Date())).toBe(2);

    const deliveries = await db.webhookDelivery.findMany({ select: { endpointId: true, eventId: true } });
    expect(deliveries).toEqual([{ endpointId: meetingsOnly.id, eventId: meeting!.id }]);
    expect(deliveries.some((delivery) => delivery.eventId === note!.id)).toBe(false);
  });

  it("fans out concurrently from several workers without duplicates", async () => {
    const team = await createTeam();
    await endpoint(team.id, ["note.created"]);
    await endpoint(team.id, ["note.created"]);
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 300; i++)
        await emitWebhookEvent(tx, { teamId: team.id, type: "note.created", object: { id: `note_${i}` } });
    });
    const now = new Date();
    const counts = await Promise.all([
      fanOutEvents(now, 50),
      fanOutEvents(now, 50),
      fanOutEvents(now, 50),
      fanOutEvents(now, 500),
    ]);
    const rest = await fanOutEvents(now, 500);
    expect(counts.reduce((a, b) => a + b, 0) + rest).toBe(300);
    expect(await db.webhookDelivery.count()).toBe(600);
  });
});
