import { ANY_KEY, apiRoute, type GuardedRoute } from "./api-route";
import { ApiError } from "./errors";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

/**
 * A route file's handlers plus a guarded 405 problem (with Allow) for every method it
 * does not implement, so unsupported methods get the same headers, errors and usage name
 * (the route's template) as the rest:
 * `export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({ GET: apiRoute(...) })`.
 */
export function routeMethods(handlers: Partial<Record<Method, GuardedRoute>>): Record<Method, GuardedRoute> {
  const allow = METHODS.filter((method) => handlers[method]).join(", ");
  const template = Object.values(handlers).find(Boolean)?.template;
  if (!template) throw new Error("routeMethods needs at least one handler");
  const notAllowed = apiRoute({ scope: ANY_KEY, template }, ({ request }) => {
    throw new ApiError(
      "method_not_allowed",
      `${request.method} is not supported here. Allowed: ${allow}.`,
      {},
      { Allow: allow },
    );
  });
  return Object.fromEntries(METHODS.map((method) => [method, handlers[method] ?? notAllowed])) as Record<
    Method,
    GuardedRoute
  >;
}
