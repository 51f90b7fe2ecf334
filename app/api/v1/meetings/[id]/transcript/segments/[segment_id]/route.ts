// PATCH /api/v1/meetings/{id}/transcript/segments/{segment_id}
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { updateSegmentText } from "@/lib/transcripts/update-segment";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  PATCH: v1Route(OPERATIONS.updateTranscriptSegment, ({ team, params, body }) =>
    updateSegmentText(team.id, params.id, params.segment_id, body.text),
  ),
});
