// GET /api/v1/me
import { ANY_KEY, apiRoute } from "@/lib/api/api-route";
import { routeMethods } from "@/lib/api/route-methods";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: apiRoute({ scope: ANY_KEY }, ({ key, team }) =>
    Response.json({
      id: key.id,
      name: key.name,
      scopes: key.scopes,
      expires_at: key.expiresAt?.toISOString() ?? null,
      created_at: key.createdAt.toISOString(),
      team: { id: team.id, name: team.name, plan: team.plan, rate_limit_per_minute: team.rateLimitPerMinute },
    }),
  ),
});
