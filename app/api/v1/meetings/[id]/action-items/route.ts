// POST /api/v1/meetings/{id}/action-items
import { createActionItem } from "@/lib/action-items/create-action-item";
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: v1Route(OPERATIONS.createActionItem, ({ team, params, body }) => createActionItem(team.id, params.id, body)),
});
