// GET /api/v1/meetings/{id}/transcript
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { transcriptResponse } from "@/lib/transcripts/get-transcript";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.getTranscript, ({ team, params, query }) =>
    transcriptResponse(team.id, params.id, query.format),
  ),
});
