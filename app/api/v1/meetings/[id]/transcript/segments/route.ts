// GET /api/v1/meetings/{id}/transcript/segments
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { listSegments } from "@/lib/transcripts/list-segments";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.listTranscriptSegments, ({ team, params, query }) => listSegments(team.id, params.id, query)),
});
