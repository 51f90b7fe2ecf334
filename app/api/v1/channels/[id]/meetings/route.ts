// GET /api/v1/channels/{id}/meetings
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { listChannelMeetings } from "@/lib/channels/channel-meetings";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.listChannelMeetings, ({ team, params, query }) =>
    listChannelMeetings(team.id, params.id, query),
  ),
});
