import { ApiError } from "./errors";

/** The methods an API route can answer; HEAD and OPTIONS are answered by the front door. */
export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** 405 with the Allow header listing what the path does answer. */
export function methodNotAllowed(method: string, allowed: readonly string[]): ApiError {
  const allow = allowed.join(", ");
  return new ApiError(
    "method_not_allowed",
    `${method} is not supported here. Allowed: ${allow}.`,
    {},
    { Allow: allow },
  );
}

/** A route file's handlers for every method: those given, and `notAllowed(given)` for the rest. */
export function everyMethod<Handler>(
  handlers: Partial<Record<HttpMethod, Handler>>,
  notAllowed: (allowed: HttpMethod[]) => Handler,
): Record<HttpMethod, Handler> {
  const allowed = HTTP_METHODS.filter((method) => handlers[method]);
  const refuse = notAllowed(allowed);
  return Object.fromEntries(HTTP_METHODS.map((method) => [method, handlers[method] ?? refuse])) as Record<
    HttpMethod,
    Handler
  >;
}
