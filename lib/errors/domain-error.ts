// The one error the domains (lib/<domain>/) throw: a code and a message written for people,
// with the fields it is about. It knows nothing of HTTP or forms; each edge maps it once:
// lib/api/api-route to problem+json, lib/forms/failure to a form's messages.

/** The wire codes a domain may refuse with (API.md, "Errors"), plus `forbidden`: a person's role does not allow it. */
export type DomainErrorCode =
  | "invalid_request"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "validation_failed"
  | "insufficient_scope"
  | "rate_limited";

/** A message about one input field, named as the domain names it. */
export interface FieldError {
  field: string;
  message: string;
}

export interface DomainErrorOptions {
  fieldErrors?: readonly FieldError[];
  /** What the API answers beside the detail, e.g. `required_scope` on insufficient_scope. */
  details?: Record<string, unknown>;
  /** For rate_limited: when trying again can succeed. */
  retryAfterSeconds?: number;
}

export class DomainError extends Error {
  readonly fieldErrors: readonly FieldError[];
  readonly details: Record<string, unknown>;
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    options: DomainErrorOptions = {},
  ) {
    super(message);
    this.fieldErrors = options.fieldErrors ?? [];
    this.details = options.details ?? {};
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
