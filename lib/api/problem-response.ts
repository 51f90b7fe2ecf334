// Every refusal the API writes, from the guarded routes, the public routes and the front door,
// is built here: one status, one body shape (RFC 9457, API.md "Errors"), one set of headers.
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { DomainError } from "@/lib/errors/domain-error";
import { ApiError, problemBody } from "@/lib/http/errors";
import { log, warnThrottled } from "@/lib/log";

export interface ProblemParts {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The problem as parts, for the HTTP server's front door, which writes them without a Response. */
export function problemParts(error: ApiError, requestId: string, headers: Record<string, string> = {}): ProblemParts {
  return {
    status: error.status,
    headers: { "Content-Type": "application/problem+json", ...headers, ...error.headers },
    body: JSON.stringify(problemBody(error, requestId)),
  };
}

export function problemResponse(error: ApiError, requestId: string, headers: Record<string, string> = {}): Response {
  const { status, headers: allHeaders, body } = problemParts(error, requestId, headers);
  return new Response(body, { status, headers: allHeaders });
}

/**
 * A domain's refusal as the API answers it: its field errors as `errors`, then its details.
 * `forbidden` (a person's role refuses) has no answer here, since API keys carry scopes, not roles.
 */
export function apiErrorOf(error: DomainError): ApiError | null {
  if (error.code === "forbidden") return null;
  const extras = { ...(error.fieldErrors.length ? { errors: error.fieldErrors } : {}), ...error.details };
  const headers: Record<string, string> =
    error.retryAfterSeconds === undefined ? {} : { "Retry-After": String(error.retryAfterSeconds) };
  return new ApiError(error.code, error.message, extras, headers);
}

/**
 * What a thrown value answers: an ApiError as itself, a domain's refusal in its wire form, a
 * database outage as a 503 to retry, anything else as a 500 that names the request id, logged
 * with its stack (never the request).
 */
export function toApiError(error: unknown, requestId: string): ApiError {
  if (error instanceof ApiError) return error;
  const refusal = error instanceof DomainError ? apiErrorOf(error) : null;
  if (refusal) return refusal;
  if (isDatabaseUnavailable(error)) {
    warnThrottled("database-down", "Database unreachable; answering 503", { requestId });
    return new ApiError(
      "unavailable",
      "The API is temporarily unavailable. Retry shortly.",
      {},
      { "Retry-After": "5" },
    );
  }
  log.error("Unhandled error in an API route", {
    requestId,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  return new ApiError(
    "internal_error",
    `Something went wrong on our side. Quote request id ${requestId} if you contact support.`,
  );
}
