// GET /api/v1/webhook-endpoints
// POST /api/v1/webhook-endpoints
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { createEndpoint, listEndpoints } from "@/lib/webhooks/endpoints";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.listWebhookEndpoints, ({ team, query }) => listEndpoints(team.id, query)),
  POST: v1Route(OPERATIONS.createWebhookEndpoint, ({ team, key, body }) =>
    createEndpoint(team.id, body, { actorScopes: key.scopes }),
  ),
});
