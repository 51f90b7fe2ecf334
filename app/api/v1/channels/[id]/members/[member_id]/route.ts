// DELETE /api/v1/channels/{id}/members/{member_id}
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { removeChannelMember } from "@/lib/channels/channel-members";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  DELETE: v1Route(OPERATIONS.removeChannelMember, ({ team, params }) =>
    removeChannelMember(team.id, params.id, params.member_id),
  ),
});
