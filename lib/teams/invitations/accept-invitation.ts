import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { joinThroughInvitation, type Joined } from "./join-through-invitation";

/** "Join <team>" on the invitation page, for the signed-in person: all of it in one transaction, once. */
export async function acceptInvitation(actor: Actor, token: string): Promise<Joined> {
  return db.$transaction(async (tx) => {
    const person = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { name: true, email: true },
    });
    return joinThroughInvitation(tx, token, { actor, ...person });
  });
}
