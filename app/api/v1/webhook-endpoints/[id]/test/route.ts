// POST /api/v1/webhook-endpoints/{id}/test
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { sendTestEventWithinLimits } from "@/lib/webhooks/test-event-limit";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: v1Route(OPERATIONS.sendWebhookTestEvent, ({ team, params }) => sendTestEventWithinLimits(team.id, params.id)),
});
