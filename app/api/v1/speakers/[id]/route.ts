// GET /api/v1/speakers/{id}
// PATCH /api/v1/speakers/{id}
// DELETE /api/v1/speakers/{id}
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { deleteSpeaker, getSpeakerOrThrow, updateSpeaker } from "@/lib/speakers/speakers";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.getSpeaker, ({ team, params }) => getSpeakerOrThrow(team.id, params.id)),
  PATCH: v1Route(OPERATIONS.updateSpeaker, ({ team, params, body }) => updateSpeaker(team.id, params.id, body)),
  DELETE: v1Route(OPERATIONS.deleteSpeaker, ({ team, params }) => deleteSpeaker(team.id, params.id)),
});
