// GET /api/v1/channels
// POST /api/v1/channels
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { listChannels } from "@/lib/channels/list-channels";
import { createChannel } from "@/lib/channels/save-channel";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.listChannels, ({ team, query }) => listChannels(team.id, query)),
  POST: v1Route(OPERATIONS.createChannel, ({ team, body }) => createChannel(team.id, body)),
});
