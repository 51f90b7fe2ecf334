import { DomainError } from "@/lib/errors/domain-error";
import { newestFirst } from "@/lib/http/pagination";
import type { Page } from "@/lib/http/wire-schemas";
import { db } from "@/lib/db";
import { assertMemberInTeam } from "@/lib/teams/assert-member-in-team";
import type { CreateSpeakerInput, ListSpeakersQuery, SpeakerResource, UpdateSpeakerInput } from "./schemas";
import { SPEAKER_SELECT, serializeSpeaker } from "./serialize-speaker";

export const SPEAKERS_KEYSET = newestFirst("spk");

function speakerNotFound(id: string): DomainError {
  return new DomainError("not_found", `No speaker profile ${id} in this team.`);
}

export async function listSpeakers(teamId: string, query: ListSpeakersQuery): Promise<Page<SpeakerResource>> {
  const rows = await db.speakerProfile.findMany({
    where: { teamId, AND: [SPEAKERS_KEYSET.after(SPEAKERS_KEYSET.decode(query.cursor))] },
    select: SPEAKER_SELECT,
    orderBy: SPEAKERS_KEYSET.orderBy(),
    take: SPEAKERS_KEYSET.take(query.limit),
  });
  return SPEAKERS_KEYSET.page(rows, query.limit, serializeSpeaker);
}

export async function getSpeakerOrThrow(teamId: string, id: string): Promise<SpeakerResource> {
  const row = await db.speakerProfile.findFirst({ where: { id, teamId }, select: SPEAKER_SELECT });
  if (!row) throw speakerNotFound(id);
  return serializeSpeaker(row);
}

export async function createSpeaker(teamId: string, input: CreateSpeakerInput): Promise<SpeakerResource> {
  return db.$transaction(async (tx) => {
    if (input.member_id) await assertMemberInTeam(tx, teamId, input.member_id, "member_id");
    const row = await tx.speakerProfile.create({
      data: { teamId, name: input.name, email: input.email ?? null, memberId: input.member_id ?? null },
      select: SPEAKER_SELECT,
    });
    return serializeSpeaker(row);
  });
}

export async function updateSpeaker(teamId: string, id: string, input: UpdateSpeakerInput): Promise<SpeakerResource> {
  return db.$transaction(async (tx) => {
    if (input.member_id) await assertMemberInTeam(tx, teamId, input.member_id, "member_id");
    const [row] = await tx.speakerProfile.updateManyAndReturn({
      where: { id, teamId },
      data: { name: input.name, email: input.email, memberId: input.member_id },
      select: SPEAKER_SELECT,
    });
    if (!row) throw speakerNotFound(id);
    return serializeSpeaker(row);
  });
}

/** Deletes the profile; transcript segments and participants mapped to it become unmapped. */
export async function deleteSpeaker(teamId: string, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.speakerProfile.deleteMany({ where: { id, teamId } });
    if (count === 0) throw speakerNotFound(id);
  });
}
