import { writeFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { db } from "../helpers/database";
import { apiTeam, seedContent, type SeededContent } from "../helpers/v1-fixtures";
import { callOperation } from "../helpers/v1-routes";
import { setUpV1Test } from "../helpers/v1-setup";

setUpV1Test();

let key: string;
let content: SeededContent;
const SIZE = 300_007;

beforeAll(async () => {
  const home = await apiTeam();
  key = await home.keyWith(["recordings:read"]);
  content = await seedContent(home.team.id, { recordingSize: SIZE });
});

function audio(headers: Record<string, string> = {}) {
  return callOperation(OPERATIONS.getRecordingAudio, { key, params: { id: content.meetingId }, headers });
}

async function bytesOf(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

describe("recording metadata", () => {
  it("describes the recording", async () => {
    const response = await callOperation(OPERATIONS.getRecording, { key, params: { id: content.meetingId } });
    expect(await response.json()).toMatchObject({
      meeting_id: content.meetingId,
      mime_type: "audio/wav",
      size_bytes: SIZE,
      duration_ms: 3_724_000,
    });
  });

  it("answers 404 for a meeting without a recording", async () => {
    const teamId = (await db.meeting.findUniqueOrThrow({ where: { id: content.meetingId }, select: { teamId: true } }))
      .teamId;
    const { id } = await db.meeting.create({
      data: { teamId, title: "Scheduled", platform: "zoom" },
      select: { id: true },
    });
    for (const operation of [OPERATIONS.getRecording, OPERATIONS.getRecordingAudio]) {
      const response = await callOperation(operation, { key, params: { id } });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: "not_found", detail: `Meeting ${id} has no recording.` });
    }
  });
});

describe("recording audio", () => {
  it("streams the whole file with its type, length and Accept-Ranges", async () => {
    const response = await audio();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("audio/wav");
    expect(response.headers.get("content-length")).toBe(String(SIZE));
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    expect(response.headers.get("etag")).toMatch(/^"rec_.+"$/);
    expect((await bytesOf(response)).equals(content.recording)).toBe(true);
  });

  it.each([
    ["bytes=0-0", 0, 0],
    ["bytes=0-1023", 0, 1023],
    ["bytes=1000-1999", 1000, 1999],
    ["bytes=299000-", 299_000, SIZE - 1],
    ["bytes=-7", SIZE - 7, SIZE - 1],
    ["bytes=250000-999999999", 250_000, SIZE - 1],
    ["bytes=-999999999", 0, SIZE - 1],
  ])("answers %s with 206 and exactly those bytes", async (range, start, end) => {
    const response = await audio({ range });
    expect(response.status).toBe(206);
    expect(response.headers.get("content-range")).toBe(`bytes ${start}-${end}/${SIZE}`);
    expect(response.headers.get("content-length")).toBe(String(end - start + 1));
    expect(response.headers.get("x-mavio-content-length")).toBe(String(end - start + 1)); // for scripts/serve.ts, see file-response.ts
    expect(response.headers.get("content-type")).toBe("audio/wav");
    const bytes = await bytesOf(response);
    expect(bytes.length).toBe(end - start + 1);
    expect(bytes.equals(content.recording.subarray(start, end + 1))).toBe(true);
  });

  it("reassembles the file from consecutive ranges, as a seeking player would", async () => {
    const chunks: Buffer[] = [];
    for (let start = 0; start < SIZE; start += 65_536) {
      const response = await audio({ range: `bytes=${start}-${Math.min(start + 65_535, SIZE - 1)}` });
      expect(response.status).toBe(206);
      chunks.push(await bytesOf(response));
    }
    expect(Buffer.concat(chunks).equals(content.recording)).toBe(true);
  });

  it("answers a range past the end with 416 and Content-Range: bytes */size", async () => {
    for (const range of [`bytes=${SIZE}-`, `bytes=${SIZE + 10}-${SIZE + 20}`, "bytes=-0"]) {
      const response = await audio({ range });
      expect(response.status, range).toBe(416);
      expect(response.headers.get("content-range")).toBe(`bytes */${SIZE}`);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(await response.json()).toMatchObject({ code: "range_not_satisfiable", status: 416 });
    }
  });

  it("answers several ranges, malformed ranges and a stale If-Range with the whole file", async () => {
    const etag = (await audio()).headers.get("etag")!;
    const variants: Record<string, string>[] = [
      { range: "bytes=0-1,10-20" },
      { range: "bytes=9-1" },
      { range: "pages=1-2" },
      { range: "bytes=0-99", "if-range": '"stale"' },
    ];
    for (const headers of variants) {
      const response = await audio(headers);
      expect(response.status, JSON.stringify(headers)).toBe(200);
      expect((await bytesOf(response)).length).toBe(SIZE);
    }
    const fresh = await audio({ range: "bytes=0-99", "if-range": etag });
    expect(fresh.status).toBe(206);
  });

  it("serves the file as it is on disk now", async () => {
    const replaced = Buffer.from("RIFF-new-content");
    await writeFile(content.recordingFile, replaced);
    const response = await audio({ range: "bytes=5-" });
    expect(response.headers.get("content-range")).toBe(`bytes 5-${replaced.length - 1}/${replaced.length}`);
    expect((await bytesOf(response)).toString()).toBe("new-content");
  });
});
