import { db } from "@/lib/db";
import { emitWebhookEvent } from "@/lib/webhooks/events";
import { getNoteOrThrow, noteNotFound } from "./get-note-or-throw";
import type { NoteResource, UpdateNoteInput } from "./schemas";

/** Changes the fields sent and announces note.updated. */
export async function updateNote(teamId: string, id: string, input: UpdateNoteInput): Promise<NoteResource> {
  return db.$transaction(async (tx) => {
    const updated = await tx.note.updateManyAndReturn({
      where: { id, teamId },
      data: { kind: input.kind, title: input.title, contentMarkdown: input.content_markdown },
      select: { id: true },
    });
    if (!updated.length) throw noteNotFound(id);
    const note = await getNoteOrThrow(teamId, id, tx);
    await emitWebhookEvent(tx, { teamId, type: "note.updated", object: note });
    return note;
  });
}
