import { db } from "@/lib/db";
import { getNoteOrThrow, noteNotFound } from "./get-note-or-throw";
import type { NoteResource, UpdateNoteInput } from "./schemas";

export async function updateNote(teamId: string, id: string, input: UpdateNoteInput): Promise<NoteResource> {
  await db.$transaction(async (tx) => {
    const updated = await tx.note.updateManyAndReturn({
      where: { id, teamId },
      data: { kind: input.kind, title: input.title, contentMarkdown: input.content_markdown },
      select: { id: true },
    });
    if (!updated.length) throw noteNotFound(id);
  });
  return getNoteOrThrow(teamId, id);
}
