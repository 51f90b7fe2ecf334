import { db } from "@/lib/db";
import { assertMeetingInTeam } from "@/lib/meetings/get-meeting-or-throw";
import { emitWebhookEvent } from "@/lib/webhooks/events";
import type { CreateNoteInput, NoteResource } from "./schemas";
import { getNoteOrThrow } from "./get-note-or-throw";

/** A note written through the API: source `user`, authored by the calling key. Announces note.created. */
export async function createNote(
  teamId: string,
  meetingId: string,
  keyId: string,
  input: CreateNoteInput,
): Promise<NoteResource> {
  return db.$transaction(async (tx) => {
    await assertMeetingInTeam(tx, teamId, meetingId);
    const row = await tx.note.create({
      data: {
        teamId,
        meetingId,
        kind: input.kind,
        title: input.title,
        contentMarkdown: input.content_markdown,
        source: "user",
        createdByKeyId: keyId,
      },
      select: { id: true },
    });
    const note = await getNoteOrThrow(teamId, row.id, tx);
    await emitWebhookEvent(tx, { teamId, type: "note.created", object: note });
    return note;
  });
}
