import { db } from "@/lib/db";
import { assertSpeakersInTeam } from "@/lib/speakers/assert-speakers-in-team";
import { assertMemberInTeam } from "@/lib/teams/assert-member-in-team";
import { emitWebhookEvent } from "@/lib/webhooks/events";
import type { CreateMeetingInput, MeetingResource } from "./schemas";
import { getMeetingOrThrow } from "./get-meeting-or-throw";

/** Milliseconds between start and end when both are known. */
export function meetingDuration(startedAt: Date | null | undefined, endedAt: Date | null | undefined): number | null {
  return startedAt && endedAt ? endedAt.getTime() - startedAt.getTime() : null;
}

/**
 * Participant rows in the order given. Participants have no position column, so each gets a
 * creation time one millisecond after the previous one, and lists order by it.
 */
export function participantRows(participants: CreateMeetingInput["participants"], now = Date.now()) {
  return participants.map((participant, i) => ({
    name: participant.name,
    email: participant.email ?? null,
    speakerProfileId: participant.speaker_id ?? null,
    createdAt: new Date(now + i),
  }));
}

export function participantSpeakerRefs(participants: { speaker_id?: string | null }[] | undefined) {
  return (participants ?? []).flatMap((participant, i) =>
    participant.speaker_id ? [{ field: `participants.${i}.speaker_id`, id: participant.speaker_id }] : [],
  );
}

/** Creates the meeting and announces it (meeting.created) in the same transaction. */
export async function createMeeting(teamId: string, input: CreateMeetingInput): Promise<MeetingResource> {
  return db.$transaction(async (tx) => {
    if (input.owner_member_id) await assertMemberInTeam(tx, teamId, input.owner_member_id, "owner_member_id");
    await assertSpeakersInTeam(tx, teamId, participantSpeakerRefs(input.participants));
    const language =
      input.language ??
      (await tx.team.findUniqueOrThrow({ where: { id: teamId }, select: { defaultLanguage: true } })).defaultLanguage;

    const row = await tx.meeting.create({
      data: {
        teamId,
        title: input.title,
        status: input.status,
        platform: input.platform,
        language,
        scheduledStartAt: input.scheduled_start_at ?? null,
        startedAt: input.started_at ?? null,
        endedAt: input.ended_at ?? null,
        durationMs: meetingDuration(input.started_at, input.ended_at),
        ownerId: input.owner_member_id ?? null,
        participants: { createMany: { data: participantRows(input.participants) } },
      },
      select: { id: true },
    });
    const meeting = await getMeetingOrThrow(teamId, row.id, tx);
    await emitWebhookEvent(tx, { teamId, type: "meeting.created", object: meeting });
    return meeting;
  });
}
