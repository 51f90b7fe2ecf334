// GET /api/v1/me
import { routeMethods } from "@/lib/api/route-methods";
import { describeKey } from "@/lib/api/v1/me";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.getMe, ({ key, team }) => describeKey({ key, team })),
});
