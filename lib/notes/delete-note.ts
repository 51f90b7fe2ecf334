import { db } from "@/lib/db";
import { noteNotFound } from "./get-note-or-throw";

export async function deleteNote(teamId: string, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.note.deleteMany({ where: { id, teamId } });
    if (count === 0) throw noteNotFound(id);
  });
}
