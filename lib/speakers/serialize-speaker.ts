import type { Prisma } from "@/lib/generated/prisma/client";
import type { SpeakerResource } from "./schemas";

export const SPEAKER_SELECT = {
  id: true,
  name: true,
  email: true,
  memberId: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.SpeakerProfileSelect;

export type SpeakerRow = Prisma.SpeakerProfileGetPayload<{ select: typeof SPEAKER_SELECT }>;

export function serializeSpeaker(row: SpeakerRow): SpeakerResource {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    member_id: row.memberId,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
