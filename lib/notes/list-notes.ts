import { newestFirst } from "@/lib/http/pagination";
import type { Page } from "@/lib/http/wire-schemas";
import { db } from "@/lib/db";
import { assertMeetingInTeam } from "@/lib/meetings/get-meeting-or-throw";
import type { ListNotesQuery, NoteResource } from "./schemas";
import { NOTE_SELECT, serializeNote } from "./serialize-note";

export const NOTES_KEYSET = newestFirst("note");

export async function listMeetingNotes(
  teamId: string,
  meetingId: string,
  query: ListNotesQuery,
): Promise<Page<NoteResource>> {
  await assertMeetingInTeam(db, teamId, meetingId);
  const rows = await db.note.findMany({
    where: { meetingId, teamId, kind: query.kind, AND: [NOTES_KEYSET.after(NOTES_KEYSET.decode(query.cursor))] },
    select: NOTE_SELECT,
    orderBy: NOTES_KEYSET.orderBy(),
    take: NOTES_KEYSET.take(query.limit),
  });
  return NOTES_KEYSET.page(rows, query.limit, serializeNote);
}
