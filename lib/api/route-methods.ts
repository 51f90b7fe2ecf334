import { ANY_KEY, apiRoute } from "./api-route";
import { ApiError } from "./errors";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
type RouteHandler = ReturnType<typeof apiRoute>;

/**
 * A route file's handlers plus a guarded 405 problem (with Allow) for every method it
 * does not implement, so unsupported methods get the same headers and errors as the rest:
 * `export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({ GET: apiRoute(...) })`.
 */
export function routeMethods(handlers: Partial<Record<Method, RouteHandler>>): Record<Method, RouteHandler> {
  const allow = METHODS.filter((method) => handlers[method]).join(", ");
  const notAllowed = apiRoute({ scope: ANY_KEY }, ({ request }) => {
    throw new ApiError("method_not_allowed", `${request.method} is not supported here. Allowed: ${allow}.`, {}, { Allow: allow });
  });
  return Object.fromEntries(METHODS.map((method) => [method, handlers[method] ?? notAllowed])) as Record<Method, RouteHandler>;
}
