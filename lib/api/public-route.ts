import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { rateLimiter, type RateLimitDecision } from "@/lib/ratelimit";
import { setRateLimitHeaders } from "@/lib/ratelimit/headers";
import { clientIp } from "@/lib/http/client-ip";
import { ApiError } from "@/lib/http/errors";
import { everyMethod, methodNotAllowed, type HttpMethod } from "@/lib/http/methods";
import { problemResponse, toApiError } from "./problem-response";
import { requestIdFor } from "./request-id";

/** Requests per client IP per minute to routes that need no key. */
export const PUBLIC_PER_MINUTE = 120;

type PublicHandler = (context: { request: NextRequest; requestId: string }) => Promise<Response> | Response;

/**
 * The small wrapper for the few /api/v1 routes that need no key (GET /openapi.json): a
 * request id, a per-IP rate limit with the usual headers, and errors as problem+json. It
 * is deliberately separate from apiRoute, which always requires a key and a scope.
 */
export function publicRoute(handler: PublicHandler) {
  return async (request: NextRequest): Promise<Response> => {
    const requestId = requestIdFor(request.headers.get("x-request-id"));
    let decision: RateLimitDecision | undefined;
    let response: Response;
    try {
      const ip = clientIp(request.headers, env().TRUSTED_PROXY_HOPS);
      decision = await rateLimiter().limit(`public:${ip}`, PUBLIC_PER_MINUTE);
      if (!decision.success)
        throw new ApiError("rate_limited", `At most ${PUBLIC_PER_MINUTE} requests per minute from one address.`);
      response = await handler({ request, requestId });
    } catch (error) {
      response = problemResponse(toApiError(error, requestId), requestId, { "Cache-Control": "no-store" });
    }
    response.headers.set("X-Request-Id", requestId);
    if (decision) setRateLimitHeaders(response.headers, decision);
    return response;
  };
}

type PublicRouteHandler = ReturnType<typeof publicRoute>;

/** Like routeMethods, for public routes: 405 with Allow for the methods not given, no key needed. */
export function publicRouteMethods(
  handlers: Partial<Record<HttpMethod, PublicRouteHandler>>,
): Record<HttpMethod, PublicRouteHandler> {
  return everyMethod(handlers, (allowed) =>
    publicRoute(({ request }) => {
      throw methodNotAllowed(request.method, allowed);
    }),
  );
}
