import { db } from "@/lib/db";
import { actionItemNotFound } from "./get-action-item-or-throw";

/** Deletes an action item. There is no action_item.deleted event (API.md lists none), so nothing is announced. */
export async function deleteActionItem(teamId: string, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.actionItem.deleteMany({ where: { id, teamId } });
    if (count === 0) throw actionItemNotFound(id);
  });
}
