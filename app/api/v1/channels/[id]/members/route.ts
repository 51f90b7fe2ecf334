// GET /api/v1/channels/{id}/members
// POST /api/v1/channels/{id}/members
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { addChannelMember, listChannelMembers } from "@/lib/channels/channel-members";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.listChannelMembers, ({ team, params, query }) =>
    listChannelMembers(team.id, params.id, query),
  ),
  POST: v1Route(OPERATIONS.addChannelMember, ({ team, params, body }) =>
    addChannelMember(team.id, params.id, body.member_id),
  ),
});
