import type { Prisma } from "@/lib/generated/prisma/client";
import { emitWebhookEvent } from "@/lib/webhooks/events";
import type { ActionItemResource } from "./schemas";

/**
 * Announces a change to an action item inside its transaction: action_item.created or
 * action_item.updated for every change, and action_item.completed as well when the change
 * made the item done (created as done, or moved to done from open/cancelled). Both events
 * carry the same object; see WEBHOOK_EVENTS for why a completion is also an update.
 */
export async function emitActionItemEvents(
  tx: Prisma.TransactionClient,
  teamId: string,
  change: { type: "action_item.created" | "action_item.updated"; item: ActionItemResource; wasDone: boolean },
): Promise<void> {
  await emitWebhookEvent(tx, { teamId, type: change.type, object: change.item });
  if (change.item.status === "done" && !change.wasDone)
    await emitWebhookEvent(tx, { teamId, type: "action_item.completed", object: change.item });
}
