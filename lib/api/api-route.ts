import type { NextRequest } from "next/server";
import type { z } from "zod";
import { currentTimeMs } from "@/lib/clock";
import { env } from "@/lib/env";
import { ipAllowed } from "@/lib/keys/ip-allowlist";
import type { AuthKeyRecord, KeyTeam } from "@/lib/keys/key-cache";
import { ANY_KEY, type Scope } from "@/lib/keys/scopes";
import { keyStatus } from "@/lib/keys/status";
import { rateLimiter, type RateLimitDecision } from "@/lib/ratelimit";
import { setRateLimitHeaders } from "@/lib/ratelimit/headers";
import { usageRecorder } from "@/lib/usage/recorder";
import { findPresentedKey, limitTeam, presentedKey, tooManyFailedAttempts } from "./authenticate";
import { clientIp } from "@/lib/http/client-ip";
import { ApiError } from "@/lib/http/errors";
import { problemResponse, toApiError } from "./problem-response";
import { checkPathParams, parseBody, parseQuery } from "./parse-request";
import { requestIdFor } from "./request-id";

/** Requests without a usable key, per client IP per minute: 401s carry headers and guessing is slow. */
export const UNAUTHENTICATED_PER_MINUTE = 60;

type RouteParams = Record<string, string | string[] | undefined>;
const NO_PATH_PARAMS: RouteParams = Object.freeze({});

export interface ApiContext<Query, Body> {
  request: NextRequest;
  requestId: string;
  key: Pick<AuthKeyRecord, "id" | "name" | "scopes" | "expiresAt" | "createdAt">;
  team: Readonly<KeyTeam>;
  params: Record<string, string>;
  query: Query;
  body: Body;
}

export interface ApiRouteOptions<Query, Body> {
  /** Required: a route cannot forget to declare what it needs. */
  scope: Scope | typeof ANY_KEY;
  query?: z.ZodType<Query>;
  body?: z.ZodType<Body>;
  /** The route's name in usage records: its template (`/meetings/{id}`), never the raw path, so ids stay out of them. */
  template: string;
}

/** A route handler as Next calls it, carrying its usage template (the 405s of its route file use it too). */
export type GuardedRoute = ((request: NextRequest, route: { params: Promise<RouteParams> }) => Promise<Response>) & {
  readonly template: string;
};

type Handler<Query, Body> = (context: ApiContext<Query, Body>) => Promise<Response> | Response;

/** The per-address limit for requests without a usable key: `limit` takes a token, `peek` only looks. */
function unauthenticatedLimit(mode: "limit" | "peek", ip: string): Promise<RateLimitDecision> {
  return rateLimiter()[mode](`ip:${ip}`, UNAUTHENTICATED_PER_MINUTE);
}

/** What the guard learned before a step failed: needed for the headers and the usage record. */
interface GuardState {
  record?: AuthKeyRecord;
  decision?: RateLimitDecision;
}

function unusableKey(status: "revoked" | "expired", record: AuthKeyRecord): ApiError {
  return status === "revoked"
    ? new ApiError("revoked_api_key", "This API key was revoked. Create a new key in Settings > Developer > API Keys.")
    : new ApiError(
        "expired_api_key",
        `This API key expired at ${record.expiresAt!.toISOString()}. Rotate or create a key.`,
      );
}

/** Key, revoked/expired, IP allowlist, scope, team rate limit: in this order, each may refuse. */
async function authorize(
  request: NextRequest,
  scope: ApiRouteOptions<unknown, unknown>["scope"],
  state: GuardState,
  startedAt: number,
) {
  // Only cold keys, refusals and allowlisted keys need the caller's address: most requests skip parsing it.
  const callerIp = () => clientIp(request.headers, env().TRUSTED_PROXY_HOPS);
  // A refused request takes one token from its address; a lookup only looks whether one is left.
  let addressDecision: Promise<RateLimitDecision> | undefined;
  const limitAddress = () => (addressDecision ??= unauthenticatedLimit("limit", callerIp()));
  const peekAddress = () => unauthenticatedLimit("peek", callerIp());
  let found;
  try {
    found = findPresentedKey(presentedKey(request.headers.get("authorization")), peekAddress);
    // A cached key is answered without a promise; awaiting it anyway would cost a turn of the microtask queue.
    if (found instanceof Promise) found = await found;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 429))
      state.decision = await limitAddress();
    throw error;
  }
  const record = (state.record = found.key.record);
  const status = keyStatus(record, startedAt);
  if (status === "revoked" || status === "expired") {
    state.decision = await limitAddress();
    throw unusableKey(status, record);
  }
  // Taken before the checks that may refuse, so every answer to a known key, a 403 included, carries the limit headers.
  state.decision = found.decision ?? (await limitTeam(found.key));
  if (found.key.allowlist) {
    const ip = callerIp();
    if (!ipAllowed(found.key.allowlist, ip))
      throw new ApiError("ip_not_allowed", `Requests from ${ip} are not allowed for this API key.`);
  }
  if (scope !== ANY_KEY && !record.scopes.includes(scope)) {
    throw new ApiError("insufficient_scope", `This API key lacks the ${scope} scope.`, { required_scope: scope });
  }
  if (!state.decision.success) {
    throw new ApiError("rate_limited", `Your team's limit of ${state.decision.limit} requests per minute was reached.`);
  }
  return found.key;
}

function errorResponse(error: unknown, requestId: string, decision: RateLimitDecision | undefined): Response {
  const problem = toApiError(error, requestId);
  // Past the per-address limit for failed attempts, a 401 becomes a 429.
  if (problem.status === 401 && decision && !decision.success) {
    return problemResponse(tooManyFailedAttempts(), requestId);
  }
  return problemResponse(problem, requestId);
}

/**
 * The one guard around every /api/v1 handler, in a fixed order: request id, key (format,
 * lookup, revoked, expired), IP allowlist, scope, team rate limit, the handler, errors as
 * problem+json, headers on every response, usage recording.
 */
export function apiRoute<Query = undefined, Body = undefined>(
  options: ApiRouteOptions<Query, Body>,
  handler: Handler<Query, Body>,
): GuardedRoute {
  // Only a template with {name} segments has path params to read and check; the rest (the
  // catch-all's path names no operation's parameter) skip awaiting Next's params promise.
  const hasPathParams = options.template.includes("{");
  const guarded = async (request: NextRequest, route: { params: Promise<RouteParams> }): Promise<Response> => {
    const startedAt = currentTimeMs();
    const requestId = requestIdFor(request.headers.get("x-request-id"));
    const params = hasPathParams ? ((await route.params) ?? {}) : NO_PATH_PARAMS;
    const state: GuardState = {};
    let response: Response;
    try {
      const { record, team } = await authorize(request, options.scope, state, startedAt);
      if (hasPathParams) checkPathParams(params);
      const query = options.query ? parseQuery(request, options.query) : (undefined as Query);
      const body = options.body ? await parseBody(request, options.body) : (undefined as Body);
      const answer = handler({
        request,
        requestId,
        key: record,
        team,
        params: params as Record<string, string>,
        query,
        body,
      });
      response = answer instanceof Promise ? await answer : answer;
    } catch (error) {
      response = errorResponse(error, requestId, state.decision);
    }

    response.headers.set("X-Request-Id", requestId);
    response.headers.set("Cache-Control", "no-store");
    response.headers.set("X-Content-Type-Options", "nosniff");
    if (state.decision) setRateLimitHeaders(response.headers, state.decision);

    if (state.record) {
      usageRecorder().record({
        keyId: state.record.id,
        teamId: state.record.team.id,
        method: request.method,
        route: options.template,
        status: response.status,
        latencyMs: currentTimeMs() - startedAt,
        at: startedAt,
        requestId,
        forwardedFor: request.headers.get("x-forwarded-for"),
      });
    }
    return response;
  };
  return Object.assign(guarded, { template: options.template });
}
