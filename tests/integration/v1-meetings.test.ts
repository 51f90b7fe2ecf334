import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { db } from "../helpers/database";
import { addMember, apiTeam, seedContent } from "../helpers/v1-fixtures";
import { callOperation } from "../helpers/v1-routes";
import { setUpV1Test } from "../helpers/v1-setup";

setUpV1Test();

type Team = Awaited<ReturnType<typeof apiTeam>>;
let home: Team;
let key: string;

beforeAll(async () => {
  home = await apiTeam();
  key = await home.allScopes();
});

async function json(response: Response) {
  return (await response.json()) as Record<string, unknown> & { errors?: { field: string; message: string }[] };
}

describe("meetings", () => {
  it("creates, reads, updates and lists a meeting", async () => {
    const owner = await addMember(home.team.id, "Olivia Chen");
    const speaker = await db.speakerProfile.create({
      data: { teamId: home.team.id, name: "Dana" },
      select: { id: true },
    });
    const created = await callOperation(OPERATIONS.createMeeting, {
      key,
      body: {
        title: "  Pilot kickoff ",
        platform: "zoom",
        started_at: "2026-11-26T13:00:00+01:00",
        ended_at: "2026-11-26T12:45:30Z",
        owner_member_id: owner.id,
        participants: [{ name: "Dana", email: "dana@northwind.test", speaker_id: speaker.id }, { name: "Guest" }],
      },
    });
    expect(created.status).toBe(201);
    const meeting = await json(created);
    expect(meeting).toMatchObject({
      title: "Pilot kickoff",
      status: "scheduled",
      language: "en",
      started_at: "2026-11-26T12:00:00.000Z",
      ended_at: "2026-11-26T12:45:30.000Z",
      duration_ms: 2_730_000,
      owner: { member_id: owner.id, name: "Olivia Chen", email: owner.user.email },
      participants: [
        { name: "Dana", email: "dana@northwind.test", speaker_id: speaker.id },
        { name: "Guest", email: null, speaker_id: null },
      ],
      channel_ids: [],
      has_recording: false,
      has_transcript: false,
    });
    const id = meeting.id as string;
    expect(id).toMatch(/^mtg_/);

    expect(await json(await callOperation(OPERATIONS.getMeeting, { key, params: { id } }))).toEqual(meeting);

    const patched = await callOperation(OPERATIONS.updateMeeting, {
      key,
      params: { id },
      body: { status: "ready", ended_at: "2026-11-26T13:00:00Z", participants: [] },
    });
    expect(patched.status).toBe(200);
    const updated = await json(patched);
    expect(updated).toMatchObject({
      status: "ready",
      duration_ms: 3_600_000,
      participants: [],
      title: "Pilot kickoff",
    });
    expect(Date.parse(updated.updated_at as string)).toBeGreaterThanOrEqual(Date.parse(meeting.updated_at as string));

    const cleared = await json(
      await callOperation(OPERATIONS.updateMeeting, {
        key,
        params: { id },
        body: { owner_member_id: null, started_at: null },
      }),
    );
    expect(cleared).toMatchObject({ owner: null, started_at: null, duration_ms: null });

    const list = await json(await callOperation(OPERATIONS.listMeetings, { key, query: { q: "pilot" } }));
    expect((list.data as { id: string }[]).map((item) => item.id)).toContain(id);
  });

  it("refuses references outside the team and inconsistent times with field errors", async () => {
    const other = await apiTeam();
    const stranger = await addMember(other.team.id);
    const foreignSpeaker = await db.speakerProfile.create({
      data: { teamId: other.team.id, name: "X" },
      select: { id: true },
    });

    const owner = await json(
      await callOperation(OPERATIONS.createMeeting, {
        key,
        body: { title: "A", platform: "zoom", owner_member_id: stranger.id },
      }),
    );
    expect(owner).toMatchObject({
      status: 422,
      errors: [{ field: "owner_member_id", message: "Not a member of this team." }],
    });

    const speaker = await json(
      await callOperation(OPERATIONS.createMeeting, {
        key,
        body: {
          title: "A",
          platform: "zoom",
          participants: [{ name: "P" }, { name: "Q", speaker_id: foreignSpeaker.id }],
        },
      }),
    );
    expect(speaker).toMatchObject({ status: 422, errors: [{ field: "participants.1.speaker_id" }] });

    const { meetingId } = await seedContent(home.team.id);
    const backwards = await json(
      await callOperation(OPERATIONS.updateMeeting, {
        key,
        params: { id: meetingId },
        body: { started_at: "2099-01-01T00:00:00Z" },
      }),
    );
    expect(backwards).toMatchObject({ status: 422, errors: [{ field: "started_at" }] });

    const missing = await json(await callOperation(OPERATIONS.createMeeting, { key, body: { platform: "skype" } }));
    expect(missing.errors).toEqual(
      expect.arrayContaining([
        { field: "title", message: "Required." },
        expect.objectContaining({ field: "platform" }),
      ]),
    );
  });

  it("deletes a meeting with its transcript, notes, action items, links and recording file", async () => {
    const content = await seedContent(home.team.id);
    expect(existsSync(content.recordingFile)).toBe(true);

    const response = await callOperation(OPERATIONS.deleteMeeting, { key, params: { id: content.meetingId } });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");

    const where = { meetingId: content.meetingId };
    expect(
      await Promise.all([
        db.meeting.count({ where: { id: content.meetingId } }),
        db.transcriptSegment.count({ where }),
        db.note.count({ where }),
        db.actionItem.count({ where }),
        db.recording.count({ where }),
        db.participant.count({ where }),
        db.channelMeeting.count({ where }),
      ]),
    ).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(existsSync(content.recordingFile)).toBe(false);
    // The channel and the speaker profile stay.
    expect(await db.channel.count({ where: { id: content.channelId } })).toBe(1);

    expect((await callOperation(OPERATIONS.getMeeting, { key, params: { id: content.meetingId } })).status).toBe(404);
    expect((await callOperation(OPERATIONS.getNote, { key, params: { id: content.noteId } })).status).toBe(404);
    expect((await callOperation(OPERATIONS.deleteMeeting, { key, params: { id: content.meetingId } })).status).toBe(
      404,
    );
    const list = await json(await callOperation(OPERATIONS.listMeetings, { key, query: { limit: "100" } }));
    expect((list.data as { id: string }[]).map((item) => item.id)).not.toContain(content.meetingId);
  });

  it("answers unsupported methods with 405 and Allow", async () => {
    const response = await callOperation(OPERATIONS.listMeetings, { key, method: "PUT" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, POST");
  });
});
