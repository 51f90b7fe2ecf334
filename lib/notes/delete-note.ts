import { db } from "@/lib/db";
import { noteNotFound } from "./get-note-or-throw";

/** Deletes a note. There is no note.deleted event (API.md lists none), so nothing is announced. */
export async function deleteNote(teamId: string, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.note.deleteMany({ where: { id, teamId } });
    if (count === 0) throw noteNotFound(id);
  });
}
