import { beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { db } from "../helpers/database";
import { apiTeam, seedContent } from "../helpers/v1-fixtures";
import { callOperation } from "../helpers/v1-routes";
import { setUpV1Test } from "../helpers/v1-setup";

setUpV1Test();

type Team = Awaited<ReturnType<typeof apiTeam>>;
let home: Team;
let key: string;

beforeAll(async () => {
  home = await apiTeam();
  key = await home.keyWith(["action-items:read", "action-items:write"]);
});

type Item = {
  id: string;
  status: string;
  completed_at: string | null;
  due_date: string | null;
  assignee: { member_id: string } | null;
  updated_at: string;
};

async function patch(id: string, body: unknown): Promise<Item> {
  const response = await callOperation(OPERATIONS.updateActionItem, { key, params: { id }, body });
  expect(response.status).toBe(200);
  return (await response.json()) as Item;
}

describe("action items", () => {
  it("creates an item on a meeting with an assignee, due date and source segment", async () => {
    const content = await seedContent(home.team.id);
    const response = await callOperation(OPERATIONS.createActionItem, {
      key,
      params: { id: content.meetingId },
      body: {
        text: "Book the kickoff",
        assignee_member_id: content.memberId,
        due_date: "2026-12-04",
        segment_id: content.segmentIds[1],
      },
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      meeting_id: content.meetingId,
      text: "Book the kickoff",
      status: "open",
      completed_at: null,
      assignee: { member_id: content.memberId, name: "Olivia Chen" },
      due_date: "2026-12-04",
      segment_id: content.segmentIds[1],
    });
    const other = await seedContent(home.team.id);
    const wrongSegment = await callOperation(OPERATIONS.createActionItem, {
      key,
      params: { id: content.meetingId },
      body: { text: "x", segment_id: other.segmentIds[0] },
    });
    expect(await wrongSegment.json()).toMatchObject({ status: 422, errors: [{ field: "segment_id" }] });
  });

  it("sets completed_at when done, keeps it on later edits, clears it when reopened", async () => {
    const { actionItemId } = await seedContent(home.team.id);
    const before = Date.now();
    const done = await patch(actionItemId, { status: "done" });
    expect(done.status).toBe("done");
    expect(Date.parse(done.completed_at!)).toBeGreaterThanOrEqual(before - 1000);

    const edited = await patch(actionItemId, { text: "Send the recap today", status: "done" });
    expect(edited.completed_at).toBe(done.completed_at);

    const reopened = await patch(actionItemId, { status: "open" });
    expect(reopened).toMatchObject({ status: "open", completed_at: null });

    const cancelled = await patch(actionItemId, { status: "cancelled" });
    expect(cancelled.completed_at).toBeNull();

    const cleared = await patch(actionItemId, { assignee_member_id: null, due_date: null });
    expect(cleared).toMatchObject({ assignee: null, due_date: null });
  });

  it("agrees on one completed_at when completed concurrently", async () => {
    const { actionItemId } = await seedContent(home.team.id);
    const results = await Promise.all(Array.from({ length: 5 }, () => patch(actionItemId, { status: "done" })));
    const stored = await db.actionItem.findUniqueOrThrow({
      where: { id: actionItemId },
      select: { completedAt: true },
    });
    expect(new Set(results.map((item) => item.completed_at)).size).toBe(1);
    expect(results[0]!.completed_at).toBe(stored.completedAt!.toISOString());
  });

  it("filters by meeting, status, assignee email and due dates", async () => {
    const team = await apiTeam();
    const teamKey = await team.keyWith(["action-items:read"]);
    const content = await seedContent(team.team.id);
    const other = await seedContent(team.team.id);
    await db.actionItem.createMany({
      data: [
        {
          teamId: team.team.id,
          meetingId: other.meetingId,
          text: "Early",
          dueDate: new Date("2026-12-01T00:00:00Z"),
          status: "done",
          completedAt: new Date(),
        },
        {
          teamId: team.team.id,
          meetingId: other.meetingId,
          text: "Late",
          dueDate: new Date("2026-12-10T00:00:00Z"),
          assigneeId: other.memberId,
        },
      ],
    });
    const list = async (query: Record<string, string>) =>
      (
        (await (await callOperation(OPERATIONS.listActionItems, { key: teamKey, query })).json()) as {
          data: { text: string }[];
        }
      ).data
        .map((item) => item.text)
        .sort();
    expect(await list({ meeting_id: content.meetingId })).toEqual(["Send the recap"]);
    expect(await list({ status: "done" })).toEqual(["Early"]);
    expect(await list({ assignee_email: other.memberEmail.toUpperCase() })).toEqual(["Late", "Send the recap"]);
    expect(await list({ due_after: "2026-12-01", due_before: "2026-12-10" })).toEqual(["Early"]);
    expect(await list({ due_after: "2026-12-02" })).toEqual(["Late"]);
    expect(await list({})).toHaveLength(4);
  });

  it("deletes an item so it is gone from lists", async () => {
    const content = await seedContent(home.team.id);
    expect(
      (await callOperation(OPERATIONS.deleteActionItem, { key, params: { id: content.actionItemId } })).status,
    ).toBe(204);
    expect((await callOperation(OPERATIONS.getActionItem, { key, params: { id: content.actionItemId } })).status).toBe(
      404,
    );
    const list = (await (
      await callOperation(OPERATIONS.listActionItems, { key, query: { meeting_id: content.meetingId } })
    ).json()) as { data: unknown[] };
    expect(list.data).toEqual([]);
  });
});
