import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import { assertMeetingInTeam } from "@/lib/meetings/get-meeting-or-throw";
import type { SegmentResource } from "./schemas";
import { SEGMENT_SELECT, serializeSegment } from "./serialize-segment";

/** Corrects a segment's text. `raw_text`, what was transcribed, is never changed. */
export async function updateSegmentText(teamId: string, meetingId: string, segmentId: string, text: string): Promise<SegmentResource> {
  return db.$transaction(async (tx) => {
    await assertMeetingInTeam(tx, teamId, meetingId);
    const updated = await tx.transcriptSegment.updateManyAndReturn({
      where: { id: segmentId, meetingId, teamId },
      data: { text },
      select: SEGMENT_SELECT,
    });
    if (!updated[0]) throw new ApiError("not_found", `No segment ${segmentId} in meeting ${meetingId}.`);
    return serializeSegment(updated[0]);
  });
}
