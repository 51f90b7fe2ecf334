import { everyMethod, methodNotAllowed, type HttpMethod } from "@/lib/http/methods";
import { ANY_KEY } from "@/lib/keys/scopes";
import { apiRoute, type GuardedRoute } from "./api-route";

/**
 * A route file's handlers plus a guarded 405 problem (with Allow) for every method it
 * does not implement, so unsupported methods get the same headers, errors and usage name
 * (the route's template) as the rest:
 * `export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({ GET: apiRoute(...) })`.
 */
export function routeMethods(handlers: Partial<Record<HttpMethod, GuardedRoute>>): Record<HttpMethod, GuardedRoute> {
  const template = Object.values(handlers).find(Boolean)?.template;
  if (!template) throw new Error("routeMethods needs at least one handler");
  return everyMethod(handlers, (allowed) =>
    apiRoute({ scope: ANY_KEY, template }, ({ request }) => {
      throw methodNotAllowed(request.method, allowed);
    }),
  );
}
