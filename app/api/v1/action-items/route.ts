// GET /api/v1/action-items
import { listActionItems } from "@/lib/action-items/list-action-items";
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.listActionItems, ({ team, query }) => listActionItems(team.id, query)),
});
