import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import type { NoteResource } from "./schemas";
import { NOTE_SELECT, serializeNote } from "./serialize-note";

export function noteNotFound(id: string): ApiError {
  return new ApiError("not_found", `No note ${id} in this team.`);
}

export async function getNoteOrThrow(teamId: string, id: string): Promise<NoteResource> {
  const row = await db.note.findFirst({ where: { id, teamId }, select: NOTE_SELECT });
  if (!row) throw noteNotFound(id);
  return serializeNote(row);
}
