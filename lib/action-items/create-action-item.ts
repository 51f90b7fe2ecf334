import { DomainError } from "@/lib/errors/domain-error";
import { parseCalendarDate } from "@/lib/http/serialize";
import { db } from "@/lib/db";
import { assertMeetingInTeam } from "@/lib/meetings/get-meeting-or-throw";
import { assertMemberInTeam } from "@/lib/teams/assert-member-in-team";
import { emitActionItemEvents } from "./emit-action-item-events";
import { getActionItemOrThrow } from "./get-action-item-or-throw";
import type { ActionItemResource, CreateActionItemInput } from "./schemas";

/** Creates the item and announces action_item.created (and action_item.completed when created as done). */
export async function createActionItem(
  teamId: string,
  meetingId: string,
  input: CreateActionItemInput,
): Promise<ActionItemResource> {
  return db.$transaction(async (tx) => {
    await assertMeetingInTeam(tx, teamId, meetingId);
    if (input.assignee_member_id) await assertMemberInTeam(tx, teamId, input.assignee_member_id, "assignee_member_id");
    if (input.segment_id) {
      const segment = await tx.transcriptSegment.findFirst({
        where: { id: input.segment_id, meetingId, teamId },
        select: { id: true },
      });
      if (!segment) {
        throw new DomainError("validation_failed", `No segment ${input.segment_id} in this meeting's transcript.`, {
          fieldErrors: [{ field: "segment_id", message: "Not a segment of this meeting." }],
        });
      }
    }
    const row = await tx.actionItem.create({
      data: {
        teamId,
        meetingId,
        text: input.text,
        status: input.status,
        completedAt: input.status === "done" ? new Date() : null,
        assigneeId: input.assignee_member_id ?? null,
        dueDate: input.due_date ? parseCalendarDate(input.due_date) : null,
        segmentId: input.segment_id ?? null,
      },
      select: { id: true },
    });
    const item = await getActionItemOrThrow(teamId, row.id, tx);
    await emitActionItemEvents(tx, teamId, { type: "action_item.created", item, wasDone: false });
    return item;
  });
}
