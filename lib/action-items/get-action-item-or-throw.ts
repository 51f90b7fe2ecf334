import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import type { ActionItemResource } from "./schemas";
import { ACTION_ITEM_SELECT, serializeActionItem } from "./serialize-action-item";

export function actionItemNotFound(id: string): ApiError {
  return new ApiError("not_found", `No action item ${id} in this team.`);
}

export async function getActionItemOrThrow(teamId: string, id: string): Promise<ActionItemResource> {
  const row = await db.actionItem.findFirst({ where: { id, teamId }, select: ACTION_ITEM_SELECT });
  if (!row) throw actionItemNotFound(id);
  return serializeActionItem(row);
}
