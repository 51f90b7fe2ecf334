// Events from the v1 write endpoints. Each successful write leaves exactly its documented
// outbox events, whose `data.object` is what the API answered (or, for changes answered
// with another object, what the API answers for the changed resource); a write that fails
// leaves none, even when the failure comes after its event was written. End to end: a real
// receiver subscribed through POST /webhook-endpoints gets a signed meeting.created.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { OPERATIONS } from "@/lib/api/v1/operations";
import type { Operation } from "@/lib/api/v1/operation";
import { parseDatabaseUrl } from "@/lib/db/connection";
import { log } from "@/lib/log";
import { WebhookWorker } from "@/lib/webhooks/worker";
import { db } from "../helpers/database";
import { webhookPayloadProblems } from "../helpers/v1-contract";
import { apiTeam, seedContent, type SeededContent } from "../helpers/v1-fixtures";
import { callOperation, type OperationCall } from "../helpers/v1-routes";
import { setUpV1Test } from "../helpers/v1-setup";

// The end-to-end receiver listens on 127.0.0.1 (read when configuration is first loaded).
process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = "true";

setUpV1Test();

type Json = Record<string, unknown>;

interface Fixture {
  teamId: string;
  key: string;
  content: SeededContent;
  call(operation: Operation, call?: Omit<OperationCall, "key">): Promise<{ status: number; body: Json }>;
}

/** A team with one of everything and a key with every scope; the events seeding wrote are already taken. */
async function fixture(): Promise<Fixture> {
  const team = await apiTeam();
  const content = await seedContent(team.team.id);
  const key = await team.allScopes();
  await takeEvents(team.team.id);
  return {
    teamId: team.team.id,
    key,
    content,
    async call(operation, call = {}) {
      const response = await callOperation(operation, { ...call, key });
      return { status: response.status, body: response.status === 204 ? {} : ((await response.json()) as Json) };
    },
  };
}

// ---------------------------------------------------------------- the outbox

interface StoredEvent {
  type: string;
  payload: { id: string; type: string; timestamp: string; data: { object: Json } };
}

const taken = new Set<string>();

/** The team's events not taken yet, oldest first, checked against the documented envelope. */
async function takeEvents(teamId: string): Promise<StoredEvent[]> {
  const rows = await db.webhookEvent.findMany({
    where: { teamId, id: { notIn: [...taken] } },
    select: { id: true, type: true, payload: true, createdAt: true, fannedOutAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  for (const row of rows) {
    taken.add(row.id);
    const payload = row.payload as unknown as StoredEvent["payload"];
    expect(payload).toEqual({
      id: row.id,
      type: row.type,
      timestamp: row.createdAt.toISOString(),
      data: { object: expect.any(Object) },
    });
    expect(row.id).toMatch(/^evt_[0-9a-f]{24}$/);
    // Waiting for the worker to fan it out (a test event is created with its one delivery).
    if (row.type !== "webhook.test") expect(row.fannedOutAt).toBeNull();
  }
  return rows.map((row) => ({ type: row.type, payload: row.payload as unknown as StoredEvent["payload"] }));
}

/** Exactly these events (in any order) since the last call, each payload as documented in the OpenAPI document. */
async function expectEvents(teamId: string, expected: { type: string; object: Json }[]) {
  const events = await takeEvents(teamId);
  const byType = (a: { type: string }, b: { type: string }) => a.type.localeCompare(b.type);
  expect(events.map((event) => ({ type: event.type, object: event.payload.data.object })).sort(byType)).toEqual(
    [...expected].sort(byType),
  );
  for (const event of events) expect(await webhookPayloadProblems(event.payload), event.type).toEqual([]);
}

// ---------------------------------------------------------------- successful writes

describe("successful writes", () => {
  it("meetings: created, updated, and deleted with the meeting as it was", async () => {
    const f = await fixture();
    const created = await f.call(OPERATIONS.createMeeting, { body: OPERATIONS.createMeeting.requestExample });
    expect(created.status).toBe(201);
    await expectEvents(f.teamId, [{ type: "meeting.created", object: created.body }]);

    const updated = await f.call(OPERATIONS.updateMeeting, {
      params: { id: created.body.id as string },
      body: {
        status: "ready",
        participants: [{ name: "Dana Park", email: "dana@northwind.test", speaker_id: f.content.speakerId }],
      },
    });
    expect(updated.status).toBe(200);
    await expectEvents(f.teamId, [{ type: "meeting.updated", object: updated.body }]);

    // The seeded meeting has a recording, a transcript, notes, an action item and a channel.
    const before = await f.call(OPERATIONS.getMeeting, { params: { id: f.content.meetingId } });
    expect((await f.call(OPERATIONS.deleteMeeting, { params: { id: f.content.meetingId } })).status).toBe(204);
    await expectEvents(f.teamId, [{ type: "meeting.deleted", object: before.body }]);
  });

  it("transcripts: a segment edit and a speaker mapping, each with its meeting_id", async () => {
    const f = await fixture();
    const segment = await f.call(OPERATIONS.updateTranscriptSegment, {
      params: { id: f.content.meetingId, segment_id: f.content.segmentIds[1]! },
      body: { text: "Pricing is final; the page goes live on Monday." },
    });
    expect(segment.status).toBe(200);
    await expectEvents(f.teamId, [
      { type: "transcript.updated", object: { ...segment.body, meeting_id: f.content.meetingId } },
    ]);

    const mapping = await f.call(OPERATIONS.mapTranscriptSpeaker, {
      params: { id: f.content.meetingId, speaker_label: "Speaker 2" },
      body: { speaker_id: f.content.speakerId },
    });
    expect(mapping.body).toMatchObject({
      speaker_label: "Speaker 2",
      speaker_id: f.content.speakerId,
      segment_count: 1,
    });
    await expectEvents(f.teamId, [
      { type: "transcript.updated", object: { ...mapping.body, meeting_id: f.content.meetingId } },
    ]);
  });

  it("notes: created and updated; a deletion announces nothing", async () => {
    const f = await fixture();
    const created = await f.call(OPERATIONS.createNote, {
      params: { id: f.content.meetingId },
      body: OPERATIONS.createNote.requestExample,
    });
    expect(created.status).toBe(201);
    await expectEvents(f.teamId, [{ type: "note.created", object: created.body }]);

    const updated = await f.call(OPERATIONS.updateNote, {
      params: { id: created.body.id as string },
      body: { title: "Follow-ups (revised)" },
    });
    expect(updated.status).toBe(200);
    await expectEvents(f.teamId, [{ type: "note.updated", object: updated.body }]);

    expect((await f.call(OPERATIONS.deleteNote, { params: { id: created.body.id as string } })).status).toBe(204);
    await expectEvents(f.teamId, []);
  });

  it("action items: completed together with created/updated when an item becomes done, and only then", async () => {
    const f = await fixture();
    const created = await f.call(OPERATIONS.createActionItem, {
      params: { id: f.content.meetingId },
      body: { text: "Draft the pilot plan" },
    });
    expect(created.status).toBe(201);
    await expectEvents(f.teamId, [{ type: "action_item.created", object: created.body }]);
    const id = created.body.id as string;

    const edited = await f.call(OPERATIONS.updateActionItem, {
      params: { id },
      body: { text: "Draft the pilot plan with Dana", due_date: "2026-12-04" },
    });
    await expectEvents(f.teamId, [{ type: "action_item.updated", object: edited.body }]);

    const done = await f.call(OPERATIONS.updateActionItem, { params: { id }, body: { status: "done" } });
    expect(done.body).toMatchObject({ status: "done", completed_at: expect.any(String) });
    await expectEvents(f.teamId, [
      { type: "action_item.updated", object: done.body },
      { type: "action_item.completed", object: done.body },
    ]);

    // Already done: an update, not a second completion.
    const again = await f.call(OPERATIONS.updateActionItem, {
      params: { id },
      body: { status: "done", text: "Drafted the pilot plan" },
    });
    await expectEvents(f.teamId, [{ type: "action_item.updated", object: again.body }]);

    const reopened = await f.call(OPERATIONS.updateActionItem, { params: { id }, body: { status: "open" } });
    expect(reopened.body).toMatchObject({ status: "open", completed_at: null });
    await expectEvents(f.teamId, [{ type: "action_item.updated", object: reopened.body }]);

    const createdDone = await f.call(OPERATIONS.createActionItem, {
      params: { id: f.content.meetingId },
      body: { text: "Book the room", status: "done" },
    });
    await expectEvents(f.teamId, [
      { type: "action_item.created", object: createdDone.body },
      { type: "action_item.completed", object: createdDone.body },
    ]);

    expect((await f.call(OPERATIONS.deleteActionItem, { params: { id } })).status).toBe(204);
    await expectEvents(f.teamId, []);
  });

  it("channels: updated for its own changes, members and meetings, with the channel as GET returns it", async () => {
    const f = await fixture();
    const channel = { id: f.content.channelId };
    const current = async () => (await f.call(OPERATIONS.getChannel, { params: channel })).body;

    const patched = await f.call(OPERATIONS.updateChannel, {
      params: channel,
      body: { description: "Launch reviews", visibility: "private" },
    });
    expect(patched.status).toBe(200);
    await expectEvents(f.teamId, [{ type: "channel.updated", object: patched.body }]);

    const added = await f.call(OPERATIONS.addChannelMember, {
      params: channel,
      body: { member_id: f.content.otherMemberId },
    });
    expect(added.status).toBe(201);
    await expectEvents(f.teamId, [{ type: "channel.updated", object: await current() }]);
    expect(await current()).toMatchObject({ member_count: 2 });

    expect(
      (await f.call(OPERATIONS.removeChannelMember, { params: { ...channel, member_id: f.content.otherMemberId } }))
        .status,
    ).toBe(204);
    await expectEvents(f.teamId, [{ type: "channel.updated", object: await current() }]);

    const meeting = await f.call(OPERATIONS.createMeeting, { body: { title: "Retro", platform: "upload" } });
    await takeEvents(f.teamId); // its meeting.created
    const meetingParams = { ...channel, meeting_id: meeting.body.id as string };
    expect((await f.call(OPERATIONS.putChannelMeeting, { params: meetingParams })).status).toBe(200);
    await expectEvents(f.teamId, [{ type: "channel.updated", object: await current() }]);
    expect(await current()).toMatchObject({ meeting_count: 2 });
    // Putting it again changes nothing and announces nothing.
    expect((await f.call(OPERATIONS.putChannelMeeting, { params: meetingParams })).status).toBe(200);
    await expectEvents(f.teamId, []);

    expect((await f.call(OPERATIONS.removeChannelMeeting, { params: meetingParams })).status).toBe(204);
    await expectEvents(f.teamId, [{ type: "channel.updated", object: await current() }]);

    // API.md has no channel.created or channel.deleted.
    const other = await f.call(OPERATIONS.createChannel, { body: { name: "Scratch" } });
    expect(other.status).toBe(201);
    expect((await f.call(OPERATIONS.deleteChannel, { params: { id: other.body.id as string } })).status).toBe(204);
    await expectEvents(f.teamId, []);
  });

  it("reads, speakers and webhook management announce nothing", async () => {
    const f = await fixture();
    await f.call(OPERATIONS.listMeetings);
    await f.call(OPERATIONS.getTranscript, { params: { id: f.content.meetingId } });
    await f.call(OPERATIONS.updateSpeaker, { params: { id: f.content.speakerId }, body: { name: "Olivia Chen-Park" } });
    await f.call(OPERATIONS.updateWebhookEndpoint, {
      params: { id: f.content.webhookEndpointId },
      body: { enabled_events: ["note.created"] },
    });
    await expectEvents(f.teamId, []);
  });
});

// ---------------------------------------------------------------- failed writes

/** What the writes below could change, to show a failed one changed nothing. */
async function teamState(teamId: string) {
  const byId = { orderBy: { id: "asc" as const } };
  return {
    meetings: await db.meeting.findMany({
      where: { teamId },
      select: { id: true, title: true, status: true, updatedAt: true },
      ...byId,
    }),
    participants: await db.participant.count({ where: { meeting: { teamId } } }),
    segments: await db.transcriptSegment.findMany({
      where: { teamId },
      select: { id: true, text: true, speakerProfileId: true },
      ...byId,
    }),
    notes: await db.note.findMany({
      where: { teamId },
      select: { id: true, title: true, contentMarkdown: true, updatedAt: true },
      ...byId,
    }),
    actionItems: await db.actionItem.findMany({
      where: { teamId },
      select: { id: true, text: true, status: true, completedAt: true },
      ...byId,
    }),
    channels: await db.channel.findMany({
      where: { teamId },
      select: {
        id: true,
        name: true,
        description: true,
        updatedAt: true,
        members: { select: { memberId: true } },
        meetings: { select: { meetingId: true } },
      },
      ...byId,
    }),
  };
}

/** Every write endpoint that announces something, with a valid request for the fixture. */
function announcingWrites(f: Fixture): [string, Operation, Omit<OperationCall, "key">][] {
  const { meetingId, segmentIds, noteId, actionItemId, channelId, memberId, otherMemberId, speakerId } = f.content;
  return [
    ["create a meeting", OPERATIONS.createMeeting, { body: OPERATIONS.createMeeting.requestExample }],
    [
      "update a meeting",
      OPERATIONS.updateMeeting,
      { params: { id: meetingId }, body: { title: "Renamed", participants: [{ name: "Someone" }] } },
    ],
    ["delete a meeting", OPERATIONS.deleteMeeting, { params: { id: meetingId } }],
    [
      "edit a segment",
      OPERATIONS.updateTranscriptSegment,
      { params: { id: meetingId, segment_id: segmentIds[0]! }, body: { text: "Edited." } },
    ],
    [
      "map a speaker",
      OPERATIONS.mapTranscriptSpeaker,
      { params: { id: meetingId, speaker_label: "Speaker 2" }, body: { speaker_id: speakerId } },
    ],
    ["create a note", OPERATIONS.createNote, { params: { id: meetingId }, body: OPERATIONS.createNote.requestExample }],
    ["update a note", OPERATIONS.updateNote, { params: { id: noteId }, body: { title: "Renamed" } }],
    [
      "create an action item",
      OPERATIONS.createActionItem,
      { params: { id: meetingId }, body: { text: "Something", status: "done" } },
    ],
    [
      "complete an action item",
      OPERATIONS.updateActionItem,
      { params: { id: actionItemId }, body: { status: "done" } },
    ],
    ["update a channel", OPERATIONS.updateChannel, { params: { id: channelId }, body: { name: "Renamed" } }],
    [
      "add a channel member",
      OPERATIONS.addChannelMember,
      { params: { id: channelId }, body: { member_id: otherMemberId } },
    ],
    ["remove a channel member", OPERATIONS.removeChannelMember, { params: { id: channelId, member_id: memberId } }],
    ["remove a channel meeting", OPERATIONS.removeChannelMeeting, { params: { id: channelId, meeting_id: meetingId } }],
  ];
}

describe("failed writes", () => {
  it("announce nothing when refused: 404, 422 from inside the transaction, 409 duplicate member or name", async () => {
    const f = await fixture();
    const stranger = await fixture();
    await db.channel.create({ data: { teamId: f.teamId, name: "Taken" }, select: { id: true } });
    const before = await teamState(f.teamId);

    const refusals: [Operation, Omit<OperationCall, "key">, number][] = [
      [OPERATIONS.updateMeeting, { params: { id: stranger.content.meetingId }, body: { title: "Not yours" } }, 404],
      // Checked inside the transaction, against the stored start.
      [
        OPERATIONS.updateMeeting,
        { params: { id: f.content.meetingId }, body: { ended_at: "2000-01-01T00:00:00Z" } },
        422,
      ],
      [
        OPERATIONS.mapTranscriptSpeaker,
        { params: { id: f.content.meetingId, speaker_label: "Speaker 9" }, body: { speaker_id: null } },
        404,
      ],
      [
        OPERATIONS.createActionItem,
        {
          params: { id: f.content.meetingId },
          body: { text: "Bad segment", segment_id: stranger.content.segmentIds[0] },
        },
        422,
      ],
      [
        OPERATIONS.addChannelMember,
        { params: { id: f.content.channelId }, body: { member_id: f.content.memberId } },
        409,
      ],
      [
        OPERATIONS.removeChannelMeeting,
        { params: { id: f.content.channelId, meeting_id: stranger.content.meetingId } },
        404,
      ],
      [OPERATIONS.updateChannel, { params: { id: f.content.channelId }, body: { name: "Taken" } }, 409],
    ];

    for (const [operation, call, status] of refusals)
      expect((await f.call(operation, call)).status, operation.operationId).toBe(status);
    await expectEvents(f.teamId, []);
    await expectEvents(stranger.teamId, []);
    expect(await teamState(f.teamId)).toEqual(before);
  });

  it("leave neither the change nor its event when the transaction fails once the event is written", async () => {
    const f = await fixture();
    const { schema } = parseDatabaseUrl(process.env.DATABASE_URL!);
    // An AFTER INSERT row trigger fails the transaction once the event row is in the table,
    // after the change's own statements ran: only atomicity keeps both out. (Not a deferred
    // trigger failing the COMMIT: Prisma 6.19 does not release the connection when COMMIT fails.)
    await db.$executeRawUnsafe(`
      CREATE FUNCTION "${schema}".refuse_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'test: this transaction fails after writing its event'; END $$`);
    await db.$executeRawUnsafe(`
      CREATE TRIGGER refuse_event AFTER INSERT ON "${schema}"."webhook_events"
      FOR EACH ROW WHEN (NEW.team_id = '${f.teamId}') EXECUTE FUNCTION "${schema}".refuse_event()`);
    const logged = vi.spyOn(log, "error").mockImplementation(() => {});
    try {
      const before = await teamState(f.teamId);
      for (const [name, operation, call] of announcingWrites(f)) {
        const response = await f.call(operation, call);
        expect({ name, status: response.status, code: response.body.code }).toEqual({
          name,
          status: 500,
          code: "internal_error",
        });
      }
      expect(logged.mock.calls.map(([message, fields]) => [message, String(fields?.error)])).toEqual(
        announcingWrites(f).map(() => [
          "Unhandled error in an API route",
          expect.stringContaining("this transaction fails after writing its event"),
        ]),
      );
      expect(await teamState(f.teamId)).toEqual(before);
      await expectEvents(f.teamId, []);
    } finally {
      logged.mockRestore();
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_event ON "${schema}"."webhook_events"`);
      await db.$executeRawUnsafe(`DROP FUNCTION "${schema}".refuse_event()`);
    }
    // Without the trigger the same write goes through and is announced.
    const created = await f.call(OPERATIONS.createMeeting, { body: OPERATIONS.createMeeting.requestExample });
    expect(created.status).toBe(201);
    await expectEvents(f.teamId, [{ type: "meeting.created", object: created.body }]);
  });
});

// ---------------------------------------------------------------- end to end

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server;
const received: Received[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/** Standard Webhooks, written from the specification: HMAC-SHA256 of `id.timestamp.body` keyed with the secret's base64 bytes. */
function signatureMatches(secret: string, message: Received): boolean {
  const [id, timestamp, signatures] = ["webhook-id", "webhook-timestamp", "webhook-signature"].map((name) =>
    String(message.headers[name]),
  );
  const expected = createHmac("sha256", Buffer.from(secret.replace(/^whsec_/, ""), "base64"))
    .update(`${id}.${timestamp}.${message.body}`)
    .digest();
  return signatures!.split(" ").some((entry) => {
    const [version, signature] = entry.split(",");
    const actual = Buffer.from(signature ?? "", "base64");
    return version === "v1" && actual.length === expected.length && timingSafeEqual(actual, expected);
  });
}

describe("end to end", () => {
  it("delivers a signed meeting.created to an endpoint subscribed through the API", async () => {
    const f = await fixture();
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/mavio`;
    const endpoint = await f.call(OPERATIONS.createWebhookEndpoint, {
      body: { url, enabled_events: ["meeting.created"] },
    });
    expect(endpoint).toMatchObject({
      status: 201,
      body: { url, status: "enabled", secret: expect.stringMatching(/^whsec_/) },
    });

    const meeting = await f.call(OPERATIONS.createMeeting, { body: OPERATIONS.createMeeting.requestExample });
    expect(meeting.status).toBe(201);
    // Not subscribed: never sent to this endpoint.
    await f.call(OPERATIONS.updateMeeting, {
      params: { id: meeting.body.id as string },
      body: { status: "recording" },
    });

    await new WebhookWorker({ allowPrivate: true, timeoutMs: 2_000 }).runOnce();

    expect(received).toHaveLength(1);
    const [message] = received;
    expect(signatureMatches(endpoint.body.secret as string, message!)).toBe(true);
    expect(signatureMatches(`whsec_${Buffer.alloc(32, 7).toString("base64")}`, message!)).toBe(false);
    expect(Math.abs(Date.now() / 1000 - Number(message!.headers["webhook-timestamp"]))).toBeLessThan(60);
    expect(message!.headers["content-type"]).toMatch(/^application\/json/);

    const body = JSON.parse(message!.body) as Json;
    expect(body).toEqual({
      id: message!.headers["webhook-id"],
      type: "meeting.created",
      timestamp: expect.any(String),
      data: { object: meeting.body },
    });
    expect(Object.keys(body)).toEqual(["id", "type", "timestamp", "data"]);

    const deliveries = await f.call(OPERATIONS.listWebhookDeliveries, { params: { id: endpoint.body.id as string } });
    expect(deliveries.body.data).toEqual([
      expect.objectContaining({
        event_id: body.id,
        event_type: "meeting.created",
        status: "succeeded",
        attempt_count: 1,
        attempts: [expect.objectContaining({ status_code: 200 })],
      }),
    ]);
  });
});
