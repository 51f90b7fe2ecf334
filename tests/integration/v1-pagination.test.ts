import { beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { db } from "../helpers/database";
import { apiTeam } from "../helpers/v1-fixtures";
import { callOperation } from "../helpers/v1-routes";
import { setUpV1Test } from "../helpers/v1-setup";

setUpV1Test();

type Team = Awaited<ReturnType<typeof apiTeam>>;
let owner: Team;
let key: string;
const seeded: string[] = [];

beforeAll(async () => {
  owner = await apiTeam();
  key = await owner.keyWith(["meetings:read", "meetings:write", "channels:read"]);
  // 250 meetings, many sharing a created_at to the millisecond (ties must be broken by id).
  const base = Date.UTC(2026, 10, 1);
  const rows = Array.from({ length: 250 }, (_, i) => ({
    teamId: owner.team.id,
    title: `Meeting ${i}`,
    platform: i % 3 === 0 ? ("zoom" as const) : ("teams" as const),
    status: i % 5 === 0 ? ("scheduled" as const) : ("ready" as const),
    createdAt: new Date(base + Math.floor(i / 10) * 60_000),
    startedAt: new Date(base + i * 3_600_000),
  }));
  const created = await db.meeting.createManyAndReturn({ data: rows, select: { id: true } });
  seeded.push(...created.map((row) => row.id));
  // Another team's meetings never show up.
  const stranger = await apiTeam();
  await db.meeting.createMany({
    data: Array.from({ length: 5 }, (_, i) => ({
      teamId: stranger.team.id,
      title: `Other ${i}`,
      platform: "zoom" as const,
    })),
  });
});

interface Page {
  data: {
    id: string;
    created_at: string;
    title: string;
    platform: string;
    status: string;
    started_at: string | null;
  }[];
  has_more: boolean;
  next_cursor: string | null;
}

async function page(query: Record<string, string>): Promise<Page> {
  const response = await callOperation(OPERATIONS.listMeetings, { key, query });
  expect(response.status).toBe(200);
  return (await response.json()) as Page;
}

/** Follows next_cursor to the end; `between` runs after each page. */
async function walk(query: Record<string, string>, between: (pageNumber: number) => Promise<void> = async () => {}) {
  const ids: string[] = [];
  const createdAt: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const current = await page(cursor ? { ...query, cursor } : query);
    pages++;
    ids.push(...current.data.map((meeting) => meeting.id));
    createdAt.push(...current.data.map((meeting) => Date.parse(meeting.created_at)));
    expect(current.has_more).toBe(current.next_cursor !== null);
    cursor = current.next_cursor;
    await between(pages);
  } while (cursor);
  return { ids, createdAt, pages };
}

describe("cursor pagination of meetings", () => {
  it("walks 250 meetings with limit=7 and gets each exactly once, newest first", async () => {
    const { ids, createdAt, pages } = await walk({ limit: "7" });
    expect(pages).toBe(Math.ceil(250 / 7));
    expect(ids).toHaveLength(250);
    expect(new Set(ids)).toEqual(new Set(seeded));
    for (let i = 1; i < createdAt.length; i++) {
      expect(createdAt[i]! <= createdAt[i - 1]!).toBe(true);
      if (createdAt[i] === createdAt[i - 1]) expect(ids[i]! < ids[i - 1]!).toBe(true);
    }
  });

  it("has no duplicates or gaps while meetings are created between pages", async () => {
    const before = new Set(seeded);
    const created: string[] = [];
    const { ids } = await walk({ limit: "7" }, async (pageNumber) => {
      // New meetings arrive while the client pages: through the API, some at the same millisecond.
      const responses = await Promise.all(
        [0, 1].map(() =>
          callOperation(OPERATIONS.createMeeting, { key, body: { title: `Late ${pageNumber}`, platform: "upload" } }),
        ),
      );
      for (const response of responses) created.push(((await response.json()) as { id: string }).id);
    });
    expect(ids).toHaveLength(250);
    expect(new Set(ids)).toEqual(before);
    expect(created.length).toBeGreaterThan(60);
    // They are all on the first page of a new walk.
    const fresh = await page({ limit: "100" });
    expect(
      fresh.data
        .slice(0, created.length)
        .map((meeting) => meeting.id)
        .sort(),
    ).toEqual([...created].sort());
    await db.meeting.deleteMany({ where: { id: { in: created } } });
  });

  it("keeps filters across pages", async () => {
    const { ids } = await walk({ limit: "9", platform: "zoom", status: "ready" });
    const expected = await db.meeting.count({ where: { teamId: owner.team.id, platform: "zoom", status: "ready" } });
    expect(ids).toHaveLength(expected);
    expect(new Set(ids).size).toBe(expected);
  });

  it("defaults to 20 and caps at 100", async () => {
    expect((await page({})).data).toHaveLength(20);
    expect((await page({ limit: "100" })).data).toHaveLength(100);
    const last = await page({
      limit: "100",
      started_after: new Date(Date.UTC(2026, 10, 1) + 249 * 3_600_000).toISOString(),
    });
    expect(last).toMatchObject({ has_more: false, next_cursor: null });
    expect(last.data).toHaveLength(1);
  });

  it("filters by start time, title text and participant", async () => {
    const base = Date.UTC(2026, 10, 1);
    const window = await walk({
      limit: "50",
      started_after: new Date(base + 10 * 3_600_000).toISOString(),
      started_before: new Date(base + 20 * 3_600_000).toISOString(),
    });
    expect(window.ids).toHaveLength(10);
    expect((await page({ q: "MEETING 24" })).data.map((meeting) => meeting.title).sort()).toEqual(
      ["Meeting 24", ...Array.from({ length: 10 }, (_, i) => `Meeting 24${i}`)].sort(),
    );
    expect((await page({ q: "%" })).data).toEqual([]);
    expect((await page({ q: "_" })).data).toEqual([]);
    const target = seeded[17]!;
    await db.participant.create({ data: { meetingId: target, name: "Dana", email: "Dana@Northwind.test" } });
    expect((await page({ participant_email: "dana@northwind.test" })).data.map((meeting) => meeting.id)).toEqual([
      target,
    ]);
  });
});
