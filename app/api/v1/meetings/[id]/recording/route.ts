// GET /api/v1/meetings/{id}/recording
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { getRecordingOrThrow } from "@/lib/meetings/get-recording";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.getRecording, ({ team, params }) => getRecordingOrThrow(team.id, params.id)),
});
