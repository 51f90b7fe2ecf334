// GET /api/v1/meetings/{id}/recording/audio
import { routeMethods } from "@/lib/api/route-methods";
import { fileResponse } from "@/lib/http/file-response";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { getRecordingFileOrThrow } from "@/lib/meetings/get-recording";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.getRecordingAudio, async ({ team, params, request }) =>
    fileResponse(await getRecordingFileOrThrow(team.id, params.id), request.headers),
  ),
});
