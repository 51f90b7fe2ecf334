// GET /api/v1/meetings/{id}
// PATCH /api/v1/meetings/{id}
// DELETE /api/v1/meetings/{id}
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { deleteMeeting } from "@/lib/meetings/delete-meeting";
import { getMeetingOrThrow } from "@/lib/meetings/get-meeting-or-throw";
import { updateMeeting } from "@/lib/meetings/update-meeting";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.getMeeting, ({ team, params }) => getMeetingOrThrow(team.id, params.id)),
  PATCH: v1Route(OPERATIONS.updateMeeting, ({ team, params, body }) => updateMeeting(team.id, params.id, body)),
  DELETE: v1Route(OPERATIONS.deleteMeeting, ({ team, params }) => deleteMeeting(team.id, params.id)),
});
