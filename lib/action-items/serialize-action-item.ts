import { calendarDateOrNull, isoOrNull, MEMBER_REF_SELECT, memberRefOf } from "@/lib/http/serialize";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionItemResource } from "./schemas";

export const ACTION_ITEM_SELECT = {
  id: true,
  meetingId: true,
  text: true,
  status: true,
  completedAt: true,
  dueDate: true,
  segmentId: true,
  createdAt: true,
  updatedAt: true,
  assignee: { select: MEMBER_REF_SELECT },
} satisfies Prisma.ActionItemSelect;

export type ActionItemRow = Prisma.ActionItemGetPayload<{ select: typeof ACTION_ITEM_SELECT }>;

export function serializeActionItem(row: ActionItemRow): ActionItemResource {
  return {
    id: row.id,
    meeting_id: row.meetingId,
    text: row.text,
    status: row.status,
    completed_at: isoOrNull(row.completedAt),
    assignee: row.assignee ? memberRefOf(row.assignee) : null,
    due_date: calendarDateOrNull(row.dueDate),
    segment_id: row.segmentId,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
