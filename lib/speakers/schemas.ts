// Wire shapes of speaker profiles (API.md "Speaker profile").
import { z } from "zod";
import { email, memberId, paginationQuery, speakerId, timestamp } from "@/lib/http/wire-schemas";

export const SPEAKER_EXAMPLE = {
  id: "spk_0a1b2c3d4e5f60718293a4b5",
  name: "Olivia Chen",
  email: "olivia@acme.test",
  member_id: "mem_5b0e9d4c3a2f1e8d7c6b5a49",
  created_at: "2026-06-03T09:00:00.000Z",
  updated_at: "2026-06-03T09:00:00.000Z",
} as const;

export const speakerSchema = z
  .strictObject({
    id: speakerId,
    name: z.string(),
    email: z.string().nullable(),
    member_id: memberId.nullable().meta({ description: "The team member this speaker is, if any." }),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .meta({ id: "SpeakerProfile", examples: [SPEAKER_EXAMPLE] });

export type SpeakerResource = z.infer<typeof speakerSchema>;

const name = z.string().trim().min(1, { error: "A name is required." }).max(200).meta({ example: "Olivia Chen" });

export const createSpeakerBody = z
  .strictObject({ name, email: email.nullable().optional(), member_id: memberId.nullable().optional() })
  .meta({ id: "CreateSpeakerProfile" });

export type CreateSpeakerInput = z.output<typeof createSpeakerBody>;

export const updateSpeakerBody = z
  .strictObject({
    name: name.optional(),
    email: email.nullable().optional(),
    member_id: memberId.nullable().optional(),
  })
  .meta({ id: "UpdateSpeakerProfile", description: "Only the fields sent change; `null` clears email or member." });

export type UpdateSpeakerInput = z.output<typeof updateSpeakerBody>;

export const listSpeakersQuery = z.strictObject({ ...paginationQuery });
export type ListSpeakersQuery = z.output<typeof listSpeakersQuery>;
