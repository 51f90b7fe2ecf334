import { DomainError } from "@/lib/errors/domain-error";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NoteResource } from "./schemas";
import { NOTE_SELECT, serializeNote } from "./serialize-note";

export function noteNotFound(id: string): DomainError {
  return new DomainError("not_found", `No note ${id} in this team.`);
}

/** The Note object; pass a transaction client to read (and announce) it inside a change. */
export async function getNoteOrThrow(
  teamId: string,
  id: string,
  client: Prisma.TransactionClient = db,
): Promise<NoteResource> {
  const row = await client.note.findFirst({ where: { id, teamId }, select: NOTE_SELECT });
  if (!row) throw noteNotFound(id);
  return serializeNote(row);
}
