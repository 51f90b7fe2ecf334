import { Keyset } from "@/lib/http/pagination";
import type { Page } from "@/lib/http/wire-schemas";
import { db } from "@/lib/db";
import { assertMeetingInTeam } from "@/lib/meetings/get-meeting-or-throw";
import type { ListSegmentsQuery, SegmentResource } from "./schemas";
import { SEGMENT_SELECT, serializeSegment } from "./serialize-segment";

/** Transcript order: by index, ascending. */
export const SEGMENTS_KEYSET = Keyset.byInteger("seg", "index", "id", "asc");

/** Segments of a meeting in order; with start_ms/end_ms, those overlapping that window. */
export async function listSegments(
  teamId: string,
  meetingId: string,
  query: ListSegmentsQuery,
): Promise<Page<SegmentResource>> {
  await assertMeetingInTeam(db, teamId, meetingId);
  const position = SEGMENTS_KEYSET.decode(query.cursor);
  const rows = await db.transcriptSegment.findMany({
    where: {
      meetingId,
      teamId,
      speakerProfileId: query.speaker_id,
      endMs: query.start_ms === undefined ? undefined : { gt: query.start_ms },
      startMs: query.end_ms === undefined ? undefined : { lt: query.end_ms },
      AND: [SEGMENTS_KEYSET.after(position)],
    },
    select: SEGMENT_SELECT,
    orderBy: SEGMENTS_KEYSET.orderBy(),
    take: SEGMENTS_KEYSET.take(query.limit),
  });
  return SEGMENTS_KEYSET.page(rows, query.limit, serializeSegment);
}
