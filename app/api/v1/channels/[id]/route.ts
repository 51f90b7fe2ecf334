// GET /api/v1/channels/{id}
// PATCH /api/v1/channels/{id}
// DELETE /api/v1/channels/{id}
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { getChannelOrThrow } from "@/lib/channels/get-channel-or-throw";
import { deleteChannel, updateChannel } from "@/lib/channels/save-channel";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.getChannel, ({ team, params }) => getChannelOrThrow(team.id, params.id)),
  PATCH: v1Route(OPERATIONS.updateChannel, ({ team, params, body }) => updateChannel(team.id, params.id, body)),
  DELETE: v1Route(OPERATIONS.deleteChannel, ({ team, params }) => deleteChannel(team.id, params.id)),
});
