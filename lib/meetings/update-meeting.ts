import { DomainError } from "@/lib/errors/domain-error";
import { db } from "@/lib/db";
import { assertSpeakersInTeam } from "@/lib/speakers/assert-speakers-in-team";
import { assertMemberInTeam } from "@/lib/teams/assert-member-in-team";
import { emitWebhookEvent } from "@/lib/webhooks/events";
import { meetingDuration, participantRows, participantSpeakerRefs } from "./create-meeting";
import { getMeetingOrThrow, meetingNotFound } from "./get-meeting-or-throw";
import { meetingSpanError } from "./meeting-span";
import type { MeetingResource, UpdateMeetingInput } from "./schemas";

/** Changes the fields sent (a new participant list replaces the old one) and announces it (meeting.updated). */
export async function updateMeeting(teamId: string, id: string, input: UpdateMeetingInput): Promise<MeetingResource> {
  return db.$transaction(async (tx) => {
    const current = await tx.meeting.findFirst({ where: { id, teamId }, select: { startedAt: true, endedAt: true } });
    if (!current) throw meetingNotFound(id);

    const startedAt = input.started_at === undefined ? current.startedAt : input.started_at;
    const endedAt = input.ended_at === undefined ? current.endedAt : input.ended_at;
    const spanError = meetingSpanError(startedAt, endedAt);
    if (spanError) {
      const field = input.ended_at === undefined ? "started_at" : "ended_at";
      throw new DomainError("validation_failed", "The request body has invalid fields.", {
        fieldErrors: [{ field, message: spanError }],
      });
    }
    if (input.owner_member_id) await assertMemberInTeam(tx, teamId, input.owner_member_id, "owner_member_id");
    await assertSpeakersInTeam(tx, teamId, participantSpeakerRefs(input.participants));

    if (input.participants) {
      await tx.participant.deleteMany({ where: { meetingId: id, meeting: { teamId } } });
      await tx.participant.createMany({
        data: participantRows(input.participants).map((row) => ({ ...row, meetingId: id })),
      });
    }
    await tx.meeting.update({
      where: { id, teamId },
      data: {
        title: input.title,
        status: input.status,
        platform: input.platform,
        language: input.language,
        scheduledStartAt: input.scheduled_start_at,
        startedAt: input.started_at,
        endedAt: input.ended_at,
        durationMs:
          input.started_at !== undefined || input.ended_at !== undefined
            ? meetingDuration(startedAt, endedAt)
            : undefined,
        ownerId: input.owner_member_id,
        // Participants live in their own table: touch the meeting so updated_at moves.
        updatedAt: new Date(),
      },
      select: { id: true },
    });
    const meeting = await getMeetingOrThrow(teamId, id, tx);
    await emitWebhookEvent(tx, { teamId, type: "meeting.updated", object: meeting });
    return meeting;
  });
}
