// GET /api/v1/openapi.json
import { openApiDocument } from "@/lib/api/openapi";
import { publicRoute, publicRouteMethods } from "@/lib/api/public-route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = publicRouteMethods({
  GET: publicRoute(() =>
    Response.json(openApiDocument(), {
      headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
    }),
  ),
});
