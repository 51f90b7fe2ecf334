import { parseCalendarDate } from "@/lib/http/serialize";
import { db, qualifiedTable } from "@/lib/db";
import type { ActionItemStatus } from "@/lib/generated/prisma/enums";
import { assertMemberInTeam } from "@/lib/teams/assert-member-in-team";
import { emitActionItemEvents } from "./emit-action-item-events";
import { actionItemNotFound, getActionItemOrThrow } from "./get-action-item-or-throw";
import type { ActionItemResource, UpdateActionItemInput } from "./schemas";

/**
 * `completed_at` follows the status: set when an item becomes done (kept if it already was),
 * cleared when it is reopened or cancelled.
 */
export function completedAtFor(
  current: { status: ActionItemStatus; completedAt: Date | null },
  next: ActionItemStatus | undefined,
  now: Date,
): Date | null {
  const status = next ?? current.status;
  if (status !== "done") return null;
  return current.status === "done" ? (current.completedAt ?? now) : now;
}

/** Changes the fields sent and announces action_item.updated (and action_item.completed when it became done). */
export async function updateActionItem(
  teamId: string,
  id: string,
  input: UpdateActionItemInput,
): Promise<ActionItemResource> {
  return db.$transaction(async (tx) => {
    // Lock the row so concurrent completions agree on completed_at.
    const [current] = await tx.$queryRaw<{ status: ActionItemStatus; completedAt: Date | null }[]>`
      SELECT status::text AS status, completed_at AS "completedAt" FROM ${qualifiedTable("action_items")}
      WHERE id = ${id} AND team_id = ${teamId} FOR UPDATE`;
    if (!current) throw actionItemNotFound(id);
    if (input.assignee_member_id) await assertMemberInTeam(tx, teamId, input.assignee_member_id, "assignee_member_id");
    await tx.actionItem.update({
      where: { id, teamId },
      data: {
        text: input.text,
        status: input.status,
        completedAt: completedAtFor(current, input.status, new Date()),
        assigneeId: input.assignee_member_id,
        dueDate: input.due_date === undefined ? undefined : input.due_date && parseCalendarDate(input.due_date),
      },
      select: { id: true },
    });
    const item = await getActionItemOrThrow(teamId, id, tx);
    await emitActionItemEvents(tx, teamId, { type: "action_item.updated", item, wasDone: current.status === "done" });
    return item;
  });
}
