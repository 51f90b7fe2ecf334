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
  key = await home.keyWith(["channels:read", "channels:write"]);
});

async function body(response: Response) {
  return (await response.json()) as Record<string, unknown>;
}

describe("channels", () => {
  it("creates, renames and deletes a channel; names are unique per team (409)", async () => {
    const created = await callOperation(OPERATIONS.createChannel, { key, body: { name: "Sales calls" } });
    expect(created.status).toBe(201);
    const channel = await body(created);
    expect(channel).toMatchObject({
      name: "Sales calls",
      description: "",
      visibility: "public",
      member_count: 0,
      meeting_count: 0,
    });

    const duplicate = await callOperation(OPERATIONS.createChannel, {
      key,
      body: { name: "Sales calls", visibility: "private" },
    });
    expect(await body(duplicate)).toMatchObject({ status: 409, code: "conflict" });

    const other = await body(await callOperation(OPERATIONS.createChannel, { key, body: { name: "Support" } }));
    const clash = await callOperation(OPERATIONS.updateChannel, {
      key,
      params: { id: other.id as string },
      body: { name: "Sales calls" },
    });
    expect(clash.status).toBe(409);

    const renamed = await body(
      await callOperation(OPERATIONS.updateChannel, {
        key,
        params: { id: channel.id as string },
        body: { name: "Sales", visibility: "private" },
      }),
    );
    expect(renamed).toMatchObject({ name: "Sales", visibility: "private" });

    // Another team may use the same name.
    const elsewhere = await apiTeam();
    expect(
      (
        await callOperation(OPERATIONS.createChannel, {
          key: await elsewhere.keyWith(["channels:write"]),
          body: { name: "Sales" },
        })
      ).status,
    ).toBe(201);

    expect((await callOperation(OPERATIONS.deleteChannel, { key, params: { id: channel.id as string } })).status).toBe(
      204,
    );
    const list = await body(await callOperation(OPERATIONS.listChannels, { key, query: { limit: "100" } }));
    expect((list.data as { id: string }[]).map((item) => item.id)).toEqual([other.id]);
  });

  it("adds and removes members, 409 on a duplicate", async () => {
    const content = await seedContent(home.team.id);
    const newcomer = await addMember(home.team.id, "Nina New");
    const add = () =>
      callOperation(OPERATIONS.addChannelMember, {
        key,
        params: { id: content.channelId },
        body: { member_id: newcomer.id },
      });

    const added = await add();
    expect(added.status).toBe(201);
    expect(await body(added)).toMatchObject({ member_id: newcomer.id, name: "Nina New", email: newcomer.user.email });
    const again = await add();
    expect(await body(again)).toMatchObject({ status: 409, code: "conflict", errors: [{ field: "member_id" }] });

    const members = await body(
      await callOperation(OPERATIONS.listChannelMembers, { key, params: { id: content.channelId } }),
    );
    expect((members.data as { member_id: string }[]).map((member) => member.member_id)).toEqual([
      newcomer.id,
      content.memberId,
    ]);
    expect(
      await body(await callOperation(OPERATIONS.getChannel, { key, params: { id: content.channelId } })),
    ).toMatchObject({ member_count: 2, meeting_count: 1 });

    const remove = () =>
      callOperation(OPERATIONS.removeChannelMember, { key, params: { id: content.channelId, member_id: newcomer.id } });
    expect((await remove()).status).toBe(204);
    expect((await remove()).status).toBe(404);
    expect(await db.membership.count({ where: { id: newcomer.id } })).toBe(1); // still in the team
  });

  it("puts meetings idempotently and removes them", async () => {
    const content = await seedContent(home.team.id);
    const { id: meetingId } = await db.meeting.create({
      data: { teamId: home.team.id, title: "Standalone", platform: "upload" },
      select: { id: true },
    });
    const params = { id: content.channelId, meeting_id: meetingId };
    const first = await callOperation(OPERATIONS.putChannelMeeting, { key, params });
    const second = await callOperation(OPERATIONS.putChannelMeeting, { key, params });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await body(second)).toEqual(await body(first));
    expect(await db.channelMeeting.count({ where: { channelId: content.channelId } })).toBe(2);

    const concurrent = await Promise.all(
      Array.from({ length: 5 }, () => callOperation(OPERATIONS.putChannelMeeting, { key, params })),
    );
    expect(concurrent.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);

    const listed = await body(
      await callOperation(OPERATIONS.listChannelMeetings, { key, params: { id: content.channelId } }),
    );
    expect((listed.data as { id: string; channel_ids: string[] }[]).map((meeting) => meeting.id).sort()).toEqual(
      [content.meetingId, meetingId].sort(),
    );
    expect((listed.data as { channel_ids: string[] }[])[0]!.channel_ids).toContain(content.channelId);

    expect((await callOperation(OPERATIONS.removeChannelMeeting, { key, params })).status).toBe(204);
    expect((await callOperation(OPERATIONS.removeChannelMeeting, { key, params })).status).toBe(404);
    expect(await db.meeting.count({ where: { id: meetingId } })).toBe(1); // the meeting stays
  });
});

describe("speakers, notes and the team", () => {
  it("manages speaker profiles; deleting one unmaps its segments", async () => {
    const content = await seedContent(home.team.id);
    const speakersKey = await home.keyWith(["speakers:read", "speakers:write"]);
    const created = await body(
      await callOperation(OPERATIONS.createSpeaker, {
        key: speakersKey,
        body: { name: "Dana", email: "dana@northwind.test", member_id: content.otherMemberId },
      }),
    );
    expect(created).toMatchObject({ name: "Dana", email: "dana@northwind.test", member_id: content.otherMemberId });
    const updated = await body(
      await callOperation(OPERATIONS.updateSpeaker, {
        key: speakersKey,
        params: { id: created.id as string },
        body: { email: null, member_id: null },
      }),
    );
    expect(updated).toMatchObject({ email: null, member_id: null });

    expect(
      (await callOperation(OPERATIONS.deleteSpeaker, { key: speakersKey, params: { id: content.speakerId } })).status,
    ).toBe(204);
    expect(
      await db.transcriptSegment.count({ where: { meetingId: content.meetingId, speakerProfileId: { not: null } } }),
    ).toBe(0);
    const list = await body(
      await callOperation(OPERATIONS.listSpeakers, { key: speakersKey, query: { limit: "100" } }),
    );
    expect((list.data as { id: string }[]).map((speaker) => speaker.id)).not.toContain(content.speakerId);
  });

  it("writes notes as the calling key and lists them per meeting", async () => {
    const content = await seedContent(home.team.id);
    const notesKey = await home.keyWith(["notes:read", "notes:write"]);
    const created = await body(
      await callOperation(OPERATIONS.createNote, {
        key: notesKey,
        params: { id: content.meetingId },
        body: { title: "Follow-ups", content_markdown: "- one" },
      }),
    );
    expect(created).toMatchObject({
      kind: "custom",
      source: "user",
      created_by: { type: "api_key" },
      meeting_id: content.meetingId,
    });
    const updated = await body(
      await callOperation(OPERATIONS.updateNote, {
        key: notesKey,
        params: { id: created.id as string },
        body: { content_markdown: "- two" },
      }),
    );
    expect(updated).toMatchObject({ content_markdown: "- two", title: "Follow-ups" });

    const list = async (query: Record<string, string> = {}) =>
      (
        (
          await body(
            await callOperation(OPERATIONS.listMeetingNotes, {
              key: notesKey,
              params: { id: content.meetingId },
              query,
            }),
          )
        ).data as { id: string }[]
      ).map((note) => note.id);
    expect(await list()).toEqual([created.id, content.noteId]);
    expect(await list({ kind: "summary" })).toEqual([content.noteId]);
    expect(
      (await callOperation(OPERATIONS.deleteNote, { key: notesKey, params: { id: created.id as string } })).status,
    ).toBe(204);
    expect(await list()).toEqual([content.noteId]);
  });

  it("describes the team and its members", async () => {
    const teamKey = await home.keyWith(["team:read"]);
    const team = await body(await callOperation(OPERATIONS.getTeam, { key: teamKey }));
    expect(team).toEqual({
      id: home.team.id,
      name: home.team.name,
      plan: "enterprise",
      rate_limit_per_minute: 5000,
      settings: { default_language: "en", auto_record: true, retention_days: 365 },
    });
    const members = await body(
      await callOperation(OPERATIONS.listTeamMembers, { key: teamKey, query: { limit: "100" } }),
    );
    const all = members.data as { id: string; role: string; joined_at: string }[];
    expect(all.length).toBe(await db.membership.count({ where: { teamId: home.team.id } }));
    expect(all.some((member) => member.role === "admin")).toBe(true);
    const one = await body(await callOperation(OPERATIONS.getTeamMember, { key: teamKey, params: { id: all[0]!.id } }));
    expect(one).toEqual(all[0]);
  });
});
