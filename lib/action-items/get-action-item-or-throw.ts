import { DomainError } from "@/lib/errors/domain-error";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionItemResource } from "./schemas";
import { ACTION_ITEM_SELECT, serializeActionItem } from "./serialize-action-item";

export function actionItemNotFound(id: string): DomainError {
  return new DomainError("not_found", `No action item ${id} in this team.`);
}

/** The ActionItem object; pass a transaction client to read (and announce) it inside a change. */
export async function getActionItemOrThrow(
  teamId: string,
  id: string,
  client: Prisma.TransactionClient = db,
): Promise<ActionItemResource> {
  const row = await client.actionItem.findFirst({ where: { id, teamId }, select: ACTION_ITEM_SELECT });
  if (!row) throw actionItemNotFound(id);
  return serializeActionItem(row);
}
