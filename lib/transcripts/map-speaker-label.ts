import { DomainError } from "@/lib/errors/domain-error";
import { db } from "@/lib/db";
import { assertMeetingInTeam } from "@/lib/meetings/get-meeting-or-throw";
import { assertSpeakersInTeam } from "@/lib/speakers/assert-speakers-in-team";
import { emitWebhookEvent } from "@/lib/webhooks/events";
import type { SpeakerChange, TranscriptSpeakerResource } from "./schemas";

/**
 * Maps a speaker label to a speaker profile (or unmaps it): every segment with that label
 * follows. Announces transcript.updated with the mapping and its meeting_id.
 */
export async function mapSpeakerLabel(
  teamId: string,
  meetingId: string,
  label: string,
  speakerId: string | null,
): Promise<TranscriptSpeakerResource> {
  return db.$transaction(async (tx) => {
    await assertMeetingInTeam(tx, teamId, meetingId);
    if (speakerId) await assertSpeakersInTeam(tx, teamId, [{ field: "speaker_id", id: speakerId }]);
    const { count } = await tx.transcriptSegment.updateMany({
      where: { meetingId, teamId, speakerLabel: label },
      data: { speakerProfileId: speakerId },
    });
    if (count === 0)
      throw new DomainError("not_found", `No speaker label "${label}" in the transcript of meeting ${meetingId}.`);
    const profile = speakerId
      ? await tx.speakerProfile.findFirstOrThrow({ where: { id: speakerId, teamId }, select: { name: true } })
      : null;
    const mapping: TranscriptSpeakerResource = {
      speaker_label: label,
      speaker_id: speakerId,
      name: profile?.name ?? label,
      segment_count: count,
    };
    await emitWebhookEvent(tx, {
      teamId,
      type: "transcript.updated",
      object: { ...mapping, meeting_id: meetingId } satisfies SpeakerChange,
    });
    return mapping;
  });
}
