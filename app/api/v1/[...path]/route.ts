// Any other /api/v1 path: a not_found problem, after the same key checks as every route.
import { apiRoute } from "@/lib/api/api-route";
import { ANY_KEY } from "@/lib/keys/scopes";
import { ApiError } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

// One usage name for every unknown path: the path itself may hold ids, and each distinct
// one would be a row of its own.
const notFound = apiRoute({ scope: ANY_KEY, template: "unknown route" }, ({ request }) => {
  throw new ApiError("not_found", `There is no ${request.method} ${request.nextUrl.pathname} in the Mavio API.`);
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
