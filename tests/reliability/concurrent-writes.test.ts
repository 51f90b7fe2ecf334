import { beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { db } from "../helpers/database";
import { addMember, apiTeam, seedContent, type SeededContent } from "../helpers/v1-fixtures";
import { callOperation } from "../helpers/v1-routes";
import { setUpV1Test } from "../helpers/v1-setup";

setUpV1Test();

let key: string;
let content: SeededContent;
let teamId: string;

beforeAll(async () => {
  const home = await apiTeam("enterprise");
  teamId = home.team.id;
  await db.team.update({ where: { id: teamId }, data: { customRateLimit: 1_000_000 } });
  content = await seedContent(teamId);
  key = await home.allScopes();
});

describe("concurrent writes to one object", () => {
  it("keep every change: fields patched at once, members and notes added at once", async () => {
    const members = await Promise.all(Array.from({ length: 15 }, (_, i) => addMember(teamId, `Concurrent ${i}`)));
    const before = await db.channelMember.count({ where: { channelId: content.channelId } });
    const titles = Array.from({ length: 10 }, (_, i) => `Title ${i}`);
    const languages = ["de", "fr", "es", "it", "nl"];

    const responses = await Promise.all([
      ...titles.map((title) =>
        callOperation(OPERATIONS.updateMeeting, { key, params: { id: content.meetingId }, body: { title } }),
      ),
      ...languages.map((language) =>
        callOperation(OPERATIONS.updateMeeting, { key, params: { id: content.meetingId }, body: { language } }),
      ),
      ...members.map((member) =>
        callOperation(OPERATIONS.addChannelMember, {
          key,
          params: { id: content.channelId },
          body: { member_id: member.id },
        }),
      ),
      ...Array.from({ length: 10 }, (_, i) =>
        callOperation(OPERATIONS.createNote, {
          key,
          params: { id: content.meetingId },
          body: { kind: "custom", title: `Note ${i}`, content_markdown: "-" },
        }),
      ),
    ]);
    expect(responses.map((response) => response.status).filter((status) => status >= 300)).toEqual([]);

    const meeting = await db.meeting.findUniqueOrThrow({
      where: { id: content.meetingId },
      select: { title: true, language: true, status: true },
    });
    expect(titles).toContain(meeting.title); // the last title written, not a mix
    expect(languages).toContain(meeting.language); // a title patch never reset the language
    expect(meeting.status).toBe("ready");
    expect(await db.channelMember.count({ where: { channelId: content.channelId } })).toBe(before + members.length);
    expect(await db.note.count({ where: { meetingId: content.meetingId, title: { startsWith: "Note " } } })).toBe(10);
  });

  it("let exactly one of many identical member additions win; the rest are 409", async () => {
    const member = await addMember(teamId, "Only once");
    const statuses = await Promise.all(
      Array.from({ length: 12 }, () =>
        callOperation(OPERATIONS.addChannelMember, {
          key,
          params: { id: content.channelId },
          body: { member_id: member.id },
        }).then((r) => r.status),
      ),
    );
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(11);
  });
});
