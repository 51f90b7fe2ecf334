import type { Prisma } from "@/lib/generated/prisma/client";
import type { NoteResource } from "./schemas";

export const NOTE_SELECT = {
  id: true,
  meetingId: true,
  kind: true,
  title: true,
  contentMarkdown: true,
  source: true,
  createdAt: true,
  updatedAt: true,
  createdByMember: { select: { id: true, user: { select: { name: true } } } },
  createdByKey: { select: { id: true, name: true } },
} satisfies Prisma.NoteSelect;

export type NoteRow = Prisma.NoteGetPayload<{ select: typeof NOTE_SELECT }>;

export function serializeNote(row: NoteRow): NoteResource {
  const createdBy = row.createdByMember
    ? { type: "member" as const, id: row.createdByMember.id, name: row.createdByMember.user.name }
    : row.createdByKey
      ? { type: "api_key" as const, id: row.createdByKey.id, name: row.createdByKey.name }
      : null;
  return {
    id: row.id,
    meeting_id: row.meetingId,
    kind: row.kind,
    title: row.title,
    content_markdown: row.contentMarkdown,
    source: row.source,
    created_by: createdBy,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
