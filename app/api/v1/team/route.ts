// GET /api/v1/team
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { getTeam } from "@/lib/teams/team";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.getTeam, ({ team }) => getTeam(team.id)),
});
