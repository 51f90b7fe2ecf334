// GET /api/v1/webhook-endpoints/{id}
// PATCH /api/v1/webhook-endpoints/{id}
// DELETE /api/v1/webhook-endpoints/{id}
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { deleteEndpoint, getEndpoint, updateEndpoint } from "@/lib/webhooks/endpoints";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.getWebhookEndpoint, ({ team, params }) => getEndpoint(team.id, params.id)),
  PATCH: v1Route(OPERATIONS.updateWebhookEndpoint, ({ team, key, params, body }) =>
    updateEndpoint(team.id, params.id, body, { actorScopes: key.scopes }),
  ),
  DELETE: v1Route(OPERATIONS.deleteWebhookEndpoint, ({ team, params }) => deleteEndpoint(team.id, params.id)),
});
