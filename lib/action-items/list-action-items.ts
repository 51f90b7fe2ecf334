import { newestFirst } from "@/lib/http/pagination";
import { parseCalendarDate } from "@/lib/http/serialize";
import type { Page } from "@/lib/http/wire-schemas";
import { db } from "@/lib/db";
import type { ActionItemResource, ListActionItemsQuery } from "./schemas";
import { ACTION_ITEM_SELECT, serializeActionItem } from "./serialize-action-item";

export const ACTION_ITEMS_KEYSET = newestFirst("act");

export async function listActionItems(teamId: string, query: ListActionItemsQuery): Promise<Page<ActionItemResource>> {
  const rows = await db.actionItem.findMany({
    where: {
      teamId,
      meetingId: query.meeting_id,
      status: query.status,
      assignee: query.assignee_email
        ? { user: { email: { equals: query.assignee_email, mode: "insensitive" } } }
        : undefined,
      dueDate:
        query.due_after || query.due_before
          ? {
              gte: query.due_after ? parseCalendarDate(query.due_after) : undefined,
              lt: query.due_before ? parseCalendarDate(query.due_before) : undefined,
            }
          : undefined,
      AND: [ACTION_ITEMS_KEYSET.after(ACTION_ITEMS_KEYSET.decode(query.cursor))],
    },
    select: ACTION_ITEM_SELECT,
    orderBy: ACTION_ITEMS_KEYSET.orderBy(),
    take: ACTION_ITEMS_KEYSET.take(query.limit),
  });
  return ACTION_ITEMS_KEYSET.page(rows, query.limit, serializeActionItem);
}
