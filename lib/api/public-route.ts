import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { rateLimiter, type RateLimitDecision } from "@/lib/ratelimit";
import { rateLimitHeaders } from "@/lib/ratelimit/headers";
import { clientIp } from "./client-ip";
import { ApiError, problemBody } from "./errors";
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
      const apiError = error instanceof ApiError ? error : internalError(error, requestId);
      response = new Response(JSON.stringify(problemBody(apiError, requestId)), {
        status: apiError.status,
        headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...apiError.headers },
      });
    }
    response.headers.set("X-Request-Id", requestId);
    if (decision)
      for (const [name, value] of Object.entries(rateLimitHeaders(decision))) response.headers.set(name, value);
    return response;
  };
}

function internalError(error: unknown, requestId: string): ApiError {
  log.error("Unhandled error in a public API route", {
    requestId,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  return new ApiError(
    "internal_error",
    `Something went wrong on our side. Quote request id ${requestId} if you contact support.`,
  );
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
type PublicRouteHandler = ReturnType<typeof publicRoute>;

/** Like routeMethods, for public routes: 405 with Allow for the methods not given, no key needed. */
export function publicRouteMethods(
  handlers: Partial<Record<Method, PublicRouteHandler>>,
): Record<Method, PublicRouteHandler> {
  const allow = METHODS.filter((method) => handlers[method]).join(", ");
  const notAllowed = publicRoute(({ request }) => {
    throw new ApiError(
      "method_not_allowed",
      `${request.method} is not supported here. Allowed: ${allow}.`,
      {},
      { Allow: allow },
    );
  });
  return Object.fromEntries(METHODS.map((method) => [method, handlers[method] ?? notAllowed])) as Record<
    Method,
    PublicRouteHandler
  >;
}
