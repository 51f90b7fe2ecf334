// Any other /api/v1 path: a not_found problem, after the same key checks as every route.
import { ANY_KEY, apiRoute } from "@/lib/api/api-route";
import { ApiError } from "@/lib/api/errors";

const notFound = apiRoute({ scope: ANY_KEY }, ({ request }) => {
  throw new ApiError("not_found", `There is no ${request.method} ${request.nextUrl.pathname} in the Mavio API.`);
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
