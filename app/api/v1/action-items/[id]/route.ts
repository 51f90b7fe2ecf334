// GET /api/v1/action-items/{id}
// PATCH /api/v1/action-items/{id}
// DELETE /api/v1/action-items/{id}
import { deleteActionItem } from "@/lib/action-items/delete-action-item";
import { getActionItemOrThrow } from "@/lib/action-items/get-action-item-or-throw";
import { updateActionItem } from "@/lib/action-items/update-action-item";
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.getActionItem, ({ team, params }) => getActionItemOrThrow(team.id, params.id)),
  PATCH: v1Route(OPERATIONS.updateActionItem, ({ team, params, body }) => updateActionItem(team.id, params.id, body)),
  DELETE: v1Route(OPERATIONS.deleteActionItem, ({ team, params }) => deleteActionItem(team.id, params.id)),
});
