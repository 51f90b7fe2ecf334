// One error type and one table from code to status and title (API.md, "Errors").
export const API_ERRORS = {
  invalid_request: { status: 400, title: "Invalid request" },
  missing_api_key: { status: 401, title: "Missing API key" },
  invalid_api_key: { status: 401, title: "Invalid API key" },
  expired_api_key: { status: 401, title: "Expired API key" },
  revoked_api_key: { status: 401, title: "Revoked API key" },
  /** Only the secret scanning endpoint: a report that is not signed by the scanner. */
  invalid_signature: { status: 401, title: "Invalid signature" },
  insufficient_scope: { status: 403, title: "Insufficient scope" },
  ip_not_allowed: { status: 403, title: "IP address not allowed" },
  not_found: { status: 404, title: "Not found" },
  method_not_allowed: { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "Conflict" },
  payload_too_large: { status: 413, title: "Payload too large" },
  unsupported_media_type: { status: 415, title: "Unsupported media type" },
  range_not_satisfiable: { status: 416, title: "Range not satisfiable" },
  validation_failed: { status: 422, title: "Validation failed" },
  rate_limited: { status: 429, title: "Too many requests" },
  internal_error: { status: 500, title: "Internal server error" },
  unavailable: { status: 503, title: "Service unavailable" },
} as const;

export type ApiErrorCode = keyof typeof API_ERRORS;

export type ProblemExtras = Record<string, unknown>;

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;

  constructor(
    readonly code: ApiErrorCode,
    readonly detail: string,
    readonly extras: ProblemExtras = {},
    /** Response headers the error implies, e.g. Allow on 405. */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.status = API_ERRORS[code].status;
    this.title = API_ERRORS[code].title;
  }
}

export const ERROR_DOCS_BASE = "https://docs.mavio.dev/errors/";

/** RFC 9457 problem details. */
export function problemBody(error: ApiError, requestId: string) {
  return {
    type: `${ERROR_DOCS_BASE}${error.code}`,
    title: error.title,
    status: error.status,
    detail: error.detail,
    code: error.code,
    request_id: requestId,
    ...error.extras,
  };
}
