// POST /api/v1/webhook-endpoints/{id}/rotate-secret
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { rotateSecret } from "@/lib/webhooks/endpoints";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: v1Route(OPERATIONS.rotateWebhookEndpointSecret, ({ team, params }) => rotateSecret(team.id, params.id)),
});
