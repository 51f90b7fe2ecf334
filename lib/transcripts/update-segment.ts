import { DomainError } from "@/lib/errors/domain-error";
import { db } from "@/lib/db";
import { assertMeetingInTeam } from "@/lib/meetings/get-meeting-or-throw";
import { emitWebhookEvent } from "@/lib/webhooks/events";
import type { SegmentChange, SegmentResource } from "./schemas";
import { SEGMENT_SELECT, serializeSegment } from "./serialize-segment";

/**
 * Corrects a segment's text. `raw_text`, what was transcribed, is never changed. Announces
 * transcript.updated with the segment and its meeting_id (a segment alone does not name it).
 */
export async function updateSegmentText(
  teamId: string,
  meetingId: string,
  segmentId: string,
  text: string,
): Promise<SegmentResource> {
  return db.$transaction(async (tx) => {
    await assertMeetingInTeam(tx, teamId, meetingId);
    const updated = await tx.transcriptSegment.updateManyAndReturn({
      where: { id: segmentId, meetingId, teamId },
      data: { text },
      select: SEGMENT_SELECT,
    });
    if (!updated[0]) throw new DomainError("not_found", `No segment ${segmentId} in meeting ${meetingId}.`);
    const segment = serializeSegment(updated[0]);
    await emitWebhookEvent(tx, {
      teamId,
      type: "transcript.updated",
      object: { ...segment, meeting_id: meetingId } satisfies SegmentChange,
    });
    return segment;
  });
}
