// PUT /api/v1/channels/{id}/meetings/{meeting_id}
// DELETE /api/v1/channels/{id}/meetings/{meeting_id}
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { putChannelMeeting, removeChannelMeeting } from "@/lib/channels/channel-meetings";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  PUT: v1Route(OPERATIONS.putChannelMeeting, ({ team, params }) =>
    putChannelMeeting(team.id, params.id, params.meeting_id),
  ),
  DELETE: v1Route(OPERATIONS.removeChannelMeeting, ({ team, params }) =>
    removeChannelMeeting(team.id, params.id, params.meeting_id),
  ),
});
