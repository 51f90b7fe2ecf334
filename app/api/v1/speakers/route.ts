// GET /api/v1/speakers
// POST /api/v1/speakers
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { createSpeaker, listSpeakers } from "@/lib/speakers/speakers";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.listSpeakers, ({ team, query }) => listSpeakers(team.id, query)),
  POST: v1Route(OPERATIONS.createSpeaker, ({ team, body }) => createSpeaker(team.id, body)),
});
