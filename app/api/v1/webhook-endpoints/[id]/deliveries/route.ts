// GET /api/v1/webhook-endpoints/{id}/deliveries
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { listDeliveries } from "@/lib/webhooks/endpoints";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.listWebhookDeliveries, ({ team, params, query }) =>
    listDeliveries(team.id, params.id, query),
  ),
});
