import { beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { db } from "../helpers/database";
import { apiTeam, seedContent, TRANSCRIPT_LINES } from "../helpers/v1-fixtures";
import { callOperation } from "../helpers/v1-routes";
import { setUpV1Test } from "../helpers/v1-setup";

setUpV1Test();

type Team = Awaited<ReturnType<typeof apiTeam>>;
let home: Team;
let key: string;

beforeAll(async () => {
  home = await apiTeam();
  key = await home.keyWith(["transcripts:read", "transcripts:write"]);
});

function transcript(meetingId: string, format?: string) {
  return callOperation(OPERATIONS.getTranscript, {
    key,
    params: { id: meetingId },
    query: format ? { format } : undefined,
  });
}

describe("transcript formats", () => {
  it("answers json with ordered segments and speaker mappings", async () => {
    const content = await seedContent(home.team.id);
    const response = await transcript(content.meetingId);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as {
      segments: { index: number; text: string; raw_text: string; start_ms: number }[];
      speakers: unknown[];
    };
    expect(body.segments.map((segment) => segment.index)).toEqual([0, 1, 2]);
    expect(body.segments[0]).toMatchObject({
      text: TRANSCRIPT_LINES[0].text,
      raw_text: TRANSCRIPT_LINES[0].rawText,
      start_ms: 1_200,
      end_ms: 4_500,
    });
    expect(body.speakers).toEqual([
      { speaker_label: "Speaker 1", speaker_id: content.speakerId, name: "Olivia Chen", segment_count: 2 },
      { speaker_label: "Speaker 2", speaker_id: null, name: "Speaker 2", segment_count: 1 },
    ]);
  });

  it("answers txt, vtt and srt with the right types and timestamps", async () => {
    const { meetingId } = await seedContent(home.team.id);
    const txt = await transcript(meetingId, "txt");
    expect(txt.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await txt.text()).toBe(
      "Olivia Chen: Let's review the launch checklist.\nSpeaker 2: Pricing is final; the page goes live Monday.\nOlivia Chen: Great. I'll send the recap & the <draft>.\n",
    );

    const vtt = await transcript(meetingId, "vtt");
    expect(vtt.headers.get("content-type")).toBe("text/vtt; charset=utf-8");
    const vttText = await vtt.text();
    expect(
      vttText.startsWith(
        "WEBVTT\n\n1\n00:00:01.200 --> 00:00:04.500\n<v Olivia Chen>Let's review the launch checklist.\n",
      ),
    ).toBe(true);
    expect(vttText).toContain(
      "3\n00:00:09.300 --> 01:02:03.004\n<v Olivia Chen>Great. I'll send the recap &amp; the &lt;draft&gt;.\n",
    );

    const srt = await transcript(meetingId, "srt");
    expect(srt.headers.get("content-type")).toBe("application/x-subrip; charset=utf-8");
    expect(await srt.text()).toBe(
      [
        "1\n00:00:01,200 --> 00:00:04,500\nOlivia Chen: Let's review the launch checklist.\n",
        "2\n00:00:04,800 --> 00:00:09,050\nSpeaker 2: Pricing is final; the page goes live Monday.\n",
        "3\n00:00:09,300 --> 01:02:03,004\nOlivia Chen: Great. I'll send the recap & the <draft>.\n",
      ].join("\n"),
    );
  });

  it("answers 404 for a meeting without a transcript", async () => {
    const { id } = await db.meeting.create({
      data: { teamId: home.team.id, title: "Soon", platform: "teams" },
      select: { id: true },
    });
    const response = await transcript(id, "vtt");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ detail: `Meeting ${id} has no transcript yet.` });
  });
});

describe("segments", () => {
  it("lists in order, by speaker and by time window, a page at a time", async () => {
    const content = await seedContent(home.team.id);
    const list = async (query: Record<string, string>) =>
      (await (
        await callOperation(OPERATIONS.listTranscriptSegments, { key, params: { id: content.meetingId }, query })
      ).json()) as { data: { index: number }[]; next_cursor: string | null };
    const first = await list({ limit: "2" });
    expect(first.data.map((segment) => segment.index)).toEqual([0, 1]);
    const second = await list({ limit: "2", cursor: first.next_cursor! });
    expect(second).toMatchObject({ data: [{ index: 2 }], next_cursor: null });
    expect((await list({ speaker_id: content.speakerId })).data.map((segment) => segment.index)).toEqual([0, 2]);
    expect((await list({ start_ms: "4500", end_ms: "9300" })).data.map((segment) => segment.index)).toEqual([1]);
    expect((await list({ start_ms: "4000" })).data.map((segment) => segment.index)).toEqual([0, 1, 2]);
    const backwards = await callOperation(OPERATIONS.listTranscriptSegments, {
      key,
      params: { id: content.meetingId },
      query: { start_ms: "10", end_ms: "5" },
    });
    expect(backwards.status).toBe(400);
  });

  it("keeps raw_text when the text is corrected", async () => {
    const content = await seedContent(home.team.id);
    const params = { id: content.meetingId, segment_id: content.segmentIds[1]! };
    const response = await callOperation(OPERATIONS.updateTranscriptSegment, {
      key,
      params,
      body: { text: "  Pricing is final; live on Tuesday. " },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      text: "Pricing is final; live on Tuesday.",
      raw_text: TRANSCRIPT_LINES[1].rawText,
    });
    const again = await callOperation(OPERATIONS.updateTranscriptSegment, {
      key,
      params,
      body: { text: "Third version." },
    });
    expect(await again.json()).toMatchObject({ text: "Third version.", raw_text: TRANSCRIPT_LINES[1].rawText });
    expect(
      await db.transcriptSegment.findUniqueOrThrow({ where: { id: params.segment_id }, select: { rawText: true } }),
    ).toEqual({ rawText: TRANSCRIPT_LINES[1].rawText });
  });

  it("only edits segments of the meeting in the path", async () => {
    const one = await seedContent(home.team.id);
    const two = await seedContent(home.team.id);
    const response = await callOperation(OPERATIONS.updateTranscriptSegment, {
      key,
      params: { id: one.meetingId, segment_id: two.segmentIds[0]! },
      body: { text: "x" },
    });
    expect(response.status).toBe(404);
  });
});

describe("speaker labels", () => {
  it("maps a label to a profile on all its segments, and unmaps it", async () => {
    const content = await seedContent(home.team.id);
    const dana = await db.speakerProfile.create({
      data: { teamId: home.team.id, name: "Dana Park" },
      select: { id: true },
    });
    const map = (label: string, speaker_id: string | null) =>
      callOperation(OPERATIONS.mapTranscriptSpeaker, {
        key,
        params: { id: content.meetingId, speaker_label: label },
        body: { speaker_id },
      });

    const mapped = await map("Speaker 1", dana.id);
    expect(mapped.status).toBe(200);
    expect(await mapped.json()).toEqual({
      speaker_label: "Speaker 1",
      speaker_id: dana.id,
      name: "Dana Park",
      segment_count: 2,
    });
    const segments = await db.transcriptSegment.findMany({
      where: { meetingId: content.meetingId },
      select: { speakerLabel: true, speakerProfileId: true },
      orderBy: { index: "asc" },
    });
    expect(segments).toEqual([
      { speakerLabel: "Speaker 1", speakerProfileId: dana.id },
      { speakerLabel: "Speaker 2", speakerProfileId: null },
      { speakerLabel: "Speaker 1", speakerProfileId: dana.id },
    ]);
    expect(await (await transcript(content.meetingId, "txt")).text()).toMatch(/^Dana Park: /);

    expect(await (await map("Speaker 1", null)).json()).toMatchObject({ speaker_id: null, name: "Speaker 1" });
    expect(
      await db.transcriptSegment.count({ where: { meetingId: content.meetingId, speakerProfileId: { not: null } } }),
    ).toBe(0);
  });

  it("answers 404 for an unknown label and 422 for another team's profile", async () => {
    const content = await seedContent(home.team.id);
    const other = await apiTeam();
    const foreign = await db.speakerProfile.create({
      data: { teamId: other.team.id, name: "X" },
      select: { id: true },
    });
    const params = { id: content.meetingId, speaker_label: "Speaker 9" };
    expect(
      (await callOperation(OPERATIONS.mapTranscriptSpeaker, { key, params, body: { speaker_id: null } })).status,
    ).toBe(404);
    const refused = await callOperation(OPERATIONS.mapTranscriptSpeaker, {
      key,
      params: { ...params, speaker_label: "Speaker 2" },
      body: { speaker_id: foreign.id },
    });
    expect(await refused.json()).toMatchObject({ status: 422, errors: [{ field: "speaker_id" }] });
  });
});
