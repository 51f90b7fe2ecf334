// Wire shapes of notes (API.md "Note").
import { z } from "zod";
import { meetingId, noteId, paginationQuery, timestamp } from "@/lib/http/wire-schemas";

export const NOTE_KINDS = ["summary", "minutes", "custom"] as const;

const noteKind = z
  .enum(NOTE_KINDS)
  .meta({ description: "`summary` and `minutes` are usually written by Mavio's AI; `custom` by people." });

export const noteAuthorSchema = z
  .strictObject({
    type: z.enum(["member", "api_key"]),
    id: z.string().meta({ description: "A member id (`mem_...`) or an API key id (`key_...`)." }),
    name: z.string(),
  })
  .meta({ id: "NoteAuthor", description: "Who wrote the note; null for notes Mavio generated." });

export const NOTE_EXAMPLE = {
  id: "note_6a5b4c3d2e1f0a9b8c7d6e5f",
  meeting_id: "mtg_3f9c2a7e51b04d8a9e6c1f27",
  kind: "summary",
  title: "Summary",
  content_markdown: "The team agreed to ship the onboarding changes on Thursday.",
  source: "ai",
  created_by: null,
  created_at: "2026-11-24T15:52:03.000Z",
  updated_at: "2026-11-24T15:52:03.000Z",
} as const;

export const noteSchema = z
  .strictObject({
    id: noteId,
    meeting_id: meetingId,
    kind: noteKind,
    title: z.string(),
    content_markdown: z.string(),
    source: z.enum(["ai", "user"]),
    created_by: noteAuthorSchema.nullable(),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .meta({ id: "Note", examples: [NOTE_EXAMPLE] });

export type NoteResource = z.infer<typeof noteSchema>;

const title = z
  .string()
  .trim()
  .min(1, { error: "A title is required." })
  .max(200)
  .meta({ example: "Follow-ups for the CRM team" });
const content = z
  .string()
  .min(1, { error: "Content cannot be empty." })
  .max(100_000)
  .meta({ description: "Markdown.", example: "- Send the pricing sheet\n- Book the pilot kickoff" });

export const createNoteBody = z
  .strictObject({ kind: noteKind.default("custom"), title, content_markdown: content })
  .meta({ id: "CreateNote" });

export type CreateNoteInput = z.output<typeof createNoteBody>;

export const updateNoteBody = z
  .strictObject({ kind: noteKind.optional(), title: title.optional(), content_markdown: content.optional() })
  .meta({ id: "UpdateNote", description: "Only the fields sent change." });

export type UpdateNoteInput = z.output<typeof updateNoteBody>;

export const listNotesQuery = z.strictObject({
  ...paginationQuery,
  kind: noteKind.optional().meta({ description: "Only notes of this kind." }),
});

export type ListNotesQuery = z.output<typeof listNotesQuery>;
