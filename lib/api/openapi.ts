// The OpenAPI 3.1 document of /api/v1, rendered from the route registry: the same zod
// schemas that validate requests describe them here, each operation names its scope, and
// the errors the guard can answer are listed with examples.
import { z } from "zod";
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponseObject,
} from "zod-openapi";
import { ANY_KEY } from "@/lib/keys/scopes";
import { KEY_PREFIX } from "@/lib/keys/format";
import { KEY_CHECK_EXAMPLE, KEY_PATTERN } from "@/lib/keys/key-pattern";
import { API_ERRORS, ERROR_DOCS_BASE, type ApiErrorCode } from "@/lib/http/errors";
import { IDEMPOTENCY_HEADER, OMITTED_HEADER, REPLAYED_HEADER } from "./idempotency";
import { TAGS, type Operation } from "./v1/operation";
import { NO_KEY } from "@/lib/keys/scopes";
import { OPERATION_LIST } from "./v1/operations";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, problem } from "@/lib/http/wire-schemas";
import { DOCUMENTED_EVENTS, webhookHeaders, webhookPayloadSchema } from "./v1/webhook-events";
import { SCOPES } from "@/lib/keys/scopes";
import { RETRY_DELAYS_MS } from "@/lib/webhooks/schedule";

export const API_VERSION = "1.0.0";
export const SECURITY_SCHEME = "bearerAuth";

const DESCRIPTION = `Mavio records meetings and turns them into transcripts, notes and action items. This API gives integrations
access to a team's meetings and everything that comes out of them.

## Authentication
Send an API key from **Settings > Developer > API Keys** as a bearer token. Keep it out of source code: read it from the
environment, e.g. \`MAVIO_API_KEY\`, with \`MAVIO_API_URL\` set to your Mavio's address plus \`/api/v1\`:

\`\`\`sh
curl "$MAVIO_API_URL/me" -H "Authorization: Bearer $MAVIO_API_KEY"
\`\`\`

Each operation needs one scope (listed with it); a key without it gets \`403 insufficient_scope\` naming the scope.
Everything a key can reach belongs to its team: another team's object answers 404.

## Key pattern
Every key matches \`${KEY_PATTERN}\`: the prefix \`${KEY_PREFIX}\`, 32 random base-62 characters (about 190 bits), then a
6-character checksum, so secret scanners can recognise a Mavio key and tell it from a look-alike without asking Mavio. The checksum
is the CRC-32 (IEEE, as zlib computes it) of the 32 random characters, written in base 62 with the digits \`0-9A-Za-z\`, most
significant first, padded with \`0\` to 6 characters:

\`\`\`js
${KEY_CHECK_EXAMPLE}
\`\`\`

GitHub secret scanning reports keys pushed to public repositories to Mavio, which revokes them at once (or, for teams that chose
Alert only, marks them exposed) and sends the \`api_key.exposed\` webhook event. Other scanners (GitLab, trufflehog, gitleaks) can use the
same pattern.

## Error responses
Errors are RFC 9457 problem details (\`application/problem+json\`) with a stable \`code\` and the \`request_id\` to quote to support.
Invalid bodies answer \`422 validation_failed\` with one \`errors[]\` entry per field; unknown body fields and unknown query parameters are refused, not ignored.

## Lists
Lists take \`limit\` (1-${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}) and \`cursor\` and answer \`{ data, has_more, next_cursor }\`. Pass \`next_cursor\`
unchanged to get the next page; pages never repeat or skip an item, even while new items are being added.

## Rate limits
Every response carries \`X-RateLimit-Limit\`, \`X-RateLimit-Remaining\`, \`X-RateLimit-Reset\` (Unix seconds) and the IETF draft
\`RateLimit-Policy\` / \`RateLimit\` fields. The limit is per team, shared by all of its keys. Over it: \`429\` with \`Retry-After\` (seconds).

## Retries
POST requests accept an \`${IDEMPOTENCY_HEADER}\` header (e.g. a UUID). Retrying with the same key and body within 24 hours returns the first
response again (with \`${REPLAYED_HEADER}: true\`) instead of creating a second object; the same key with a different body is refused with 422.
Keys belong to the API key that sent them: another API key sending the same \`${IDEMPOTENCY_HEADER}\` makes its own request and never sees the
first one's response. Secrets are shown once: a replay answers a signing secret as \`null\` and names it in \`${OMITTED_HEADER}\`
(rotate the secret to get a new one).

## Webhooks
Create an endpoint with \`POST /webhook-endpoints\` (scope \`webhooks:manage\`, plus the read scope of each event's data: \`meetings:read\`
for \`meeting.created\`, ...) and Mavio POSTs the events it subscribes to as
\`{ id, type, timestamp, data: { object } }\`, where \`object\` is the resource as this API returns it after the change
(the document's \`webhooks\` section lists the events; each payload is the schema named after its event, e.g. \`MeetingCreatedEvent\`). Deliveries are signed per the Standard Webhooks specification: verify
\`webhook-signature\` with the endpoint's secret before trusting a body, and deduplicate on \`webhook-id\`. Answer 2xx within
15 seconds; anything else is retried after about ${RETRY_DELAYS_MS.map(duration).join(", ")}. A \`410 Gone\` disables the endpoint, and so do 5 days of failures.

## Formats
Timestamps are ISO-8601 in UTC, media offsets integer milliseconds, ids opaque strings with a type prefix (\`mtg_\`, \`seg_\`, ...).`;

function duration(ms: number): string {
  if (ms < 60_000) return `${ms / 1000} s`;
  if (ms < 3_600_000) return `${ms / 60_000} min`;
  return `${ms / 3_600_000} h`;
}

// ---------------------------------------------------------------- shared pieces

const headerComponents = {
  "X-Request-Id": z.string().meta({
    description: "The request's id (yours, if you sent a valid `X-Request-Id`).",
    header: { id: "X-Request-Id" },
  }),
  "X-RateLimit-Limit": z.string().meta({
    description: "Requests per minute allowed for the team.",
    example: "300",
    header: { id: "X-RateLimit-Limit" },
  }),
  "X-RateLimit-Remaining": z.string().meta({
    description: "Requests left in the current window.",
    example: "287",
    header: { id: "X-RateLimit-Remaining" },
  }),
  "X-RateLimit-Reset": z.string().meta({
    description: "When the window resets, Unix seconds.",
    example: "1795694460",
    header: { id: "X-RateLimit-Reset" },
  }),
  "RateLimit-Policy": z.string().meta({
    description: "IETF draft quota policy.",
    example: '"per-minute";q=300;w=60',
    header: { id: "RateLimit-Policy" },
  }),
  RateLimit: z.string().meta({
    description: "IETF draft remaining quota.",
    example: '"per-minute";r=287;t=42',
    header: { id: "RateLimit" },
  }),
};
const standardHeaders = z.object(headerComponents);
const retryAfter = z
  .string()
  .meta({ description: "Seconds to wait before retrying.", example: "12", header: { id: "Retry-After" } });

function problemExample(code: ApiErrorCode, detail: string, extras: Record<string, unknown> = {}) {
  const { status, title } = API_ERRORS[code];
  return {
    type: `${ERROR_DOCS_BASE}${code}`,
    title,
    status,
    detail,
    code,
    request_id: "req_5d1f0c9a2b7e4c3d8a6f1e0b",
    ...extras,
  };
}

function errorResponse(
  id: string,
  description: string,
  examples: Record<string, ReturnType<typeof problemExample>>,
  headers = standardHeaders,
): ZodOpenApiResponseObject {
  return {
    id,
    description,
    headers,
    content: {
      "application/problem+json": {
        schema: problem,
        examples: Object.fromEntries(Object.entries(examples).map(([name, value]) => [name, { value }])),
      },
    },
  };
}

const ERROR_RESPONSES = {
  400: errorResponse("BadRequest", "A query parameter, cursor or header is invalid, or the body is not JSON.", {
    invalid_query: problemExample(
      "invalid_request",
      "Invalid query parameter limit: Use a whole number from 1 to 100.",
      {
        errors: [{ field: "limit", message: "Use a whole number from 1 to 100." }],
      },
    ),
  }),
  401: errorResponse("Unauthorized", "The API key is missing, malformed, unknown, expired or revoked.", {
    missing: problemExample(
      "missing_api_key",
      "Send your API key in the Authorization header: `Authorization: Bearer mavio_sk_...`.",
    ),
    revoked: problemExample(
      "revoked_api_key",
      "This API key was revoked. Create a new key in Settings > Developer > API Keys.",
    ),
  }),
  403: errorResponse(
    "Forbidden",
    "The key lacks the operation's scope (or, subscribing a webhook endpoint, an event's read scope), or the request comes from an address the key does not allow.",
    {
      insufficient_scope: problemExample("insufficient_scope", "This API key lacks the meetings:write scope.", {
        required_scope: "meetings:write",
      }),
    },
  ),
  404: errorResponse("NotFound", "No such object in the key's team (other teams' objects are not found either).", {
    not_found: problemExample("not_found", "No meeting mtg_3f9c2a7e51b04d8a9e6c1f27 in this team."),
  }),
  409: errorResponse(
    "Conflict",
    "The change conflicts with the current state, or a request with the same Idempotency-Key is still running.",
    {
      conflict: problemExample("conflict", 'A channel named "Customer calls" already exists in this team.'),
    },
  ),
  413: errorResponse("PayloadTooLarge", "The body is over 1 MB.", {
    too_large: problemExample("payload_too_large", "Request bodies are limited to 1048576 bytes."),
  }),
  415: errorResponse("UnsupportedMediaType", "The body is not sent as JSON.", {
    not_json: problemExample("unsupported_media_type", "Send a JSON body with `Content-Type: application/json`."),
  }),
  416: errorResponse(
    "RangeNotSatisfiable",
    "The requested byte range starts past the end of the file (`Content-Range: bytes */size`).",
    {
      past_end: problemExample("range_not_satisfiable", "The requested range is outside the file's 256044 bytes."),
    },
  ),
  422: errorResponse(
    "ValidationFailed",
    "The body fails the schema (one entry per field), or the Idempotency-Key was used with another body.",
    {
      invalid_body: problemExample("validation_failed", "The request body has invalid fields.", {
        errors: [
          { field: "title", message: "Required." },
          { field: "titel", message: "Unknown field." },
        ],
      }),
    },
  ),
  429: errorResponse(
    "RateLimited",
    "The team's requests per minute are used up.",
    { rate_limited: problemExample("rate_limited", "Your team's limit of 300 requests per minute was reached.") },
    standardHeaders.extend({ "Retry-After": retryAfter }),
  ),
  500: errorResponse("InternalError", "Something failed on Mavio's side.", {
    internal: problemExample(
      "internal_error",
      "Something went wrong on our side. Quote request id req_5d1f0c9a2b7e4c3d8a6f1e0b if you contact support.",
    ),
  }),
  503: errorResponse(
    "Unavailable",
    "The database or the rate limiter is unreachable; retry shortly.",
    { unavailable: problemExample("unavailable", "The API is temporarily unavailable. Retry shortly.") },
    standardHeaders.extend({ "Retry-After": retryAfter }),
  ),
} as const;

type ErrorStatus = keyof typeof ERROR_RESPONSES;

/** The error statuses an operation can answer, from what it declares. */
export function errorStatuses(operation: Operation): ErrorStatus[] {
  if (operation.scope === NO_KEY) return [429, 500];
  const statuses: ErrorStatus[] = [400, 401, 403];
  if (Object.keys(operation.params).length) statuses.push(404);
  if (operation.conflict || operation.idempotent) statuses.push(409);
  if (operation.body) statuses.push(413, 415, 422);
  if (operation.result.kind === "media" && operation.result.ranges) statuses.push(416);
  statuses.push(429, 500, 503);
  return statuses;
}

// ---------------------------------------------------------------- operations

function scopeText(operation: Operation): string {
  if (operation.scope === NO_KEY) return "No API key needed.";
  if (operation.scope === ANY_KEY) return "Any valid API key.";
  return `Requires the \`${operation.scope}\` scope.`;
}

function successResponses(operation: Operation): Record<string, ZodOpenApiResponseObject> {
  const result = operation.result;
  const replayed = {
    [REPLAYED_HEADER]: z.string().optional().meta({
      description: "`true` when this is the stored response of an earlier request with the same Idempotency-Key.",
    }),
  };
  const omitted = {
    [OMITTED_HEADER]: z
      .string()
      .optional()
      .meta({
        description: "On a replay: the fields shown only in the first response, answered here as `null`.",
        example: operation.shownOnce?.join(", "),
      }),
  };
  const headers = operation.idempotent
    ? standardHeaders.extend({ ...replayed, ...(operation.shownOnce?.length ? omitted : {}) })
    : standardHeaders;
  switch (result.kind) {
    case "json":
      return {
        [result.status]: {
          description: result.description,
          headers,
          content: { "application/json": { schema: result.schema } },
        },
      };
    case "empty":
      return { 204: { description: result.description, headers } };
    case "media": {
      const content = Object.fromEntries(Object.entries(result.content).map(([type, schema]) => [type, { schema }]));
      if (!result.ranges) return { 200: { description: result.description, headers, content } };
      const fileHeaders = headers.extend({
        "Accept-Ranges": z.literal("bytes"),
        "Content-Length": z.string().meta({ description: "Bytes in this response." }),
        ETag: z.string().meta({ description: "Strong entity tag; send as If-Range to resume safely." }),
      });
      return {
        200: { description: `${result.description} The whole file.`, headers: fileHeaders, content },
        206: {
          description: `${result.description} The requested range.`,
          headers: fileHeaders.extend({ "Content-Range": z.string().meta({ example: "bytes 0-1023/256044" }) }),
          content,
        },
      };
    }
  }
}

const idempotencyHeader = z.object({
  [IDEMPOTENCY_HEADER]: z.string().min(1).max(255).optional().meta({
    description:
      "Makes retries safe: the same key and body from the same API key within 24 hours replay the first response.",
    example: "8e03978e-40d5-43e8-bc93-6894a57f9324",
  }),
});

function operationObject(operation: Operation): ZodOpenApiOperationObject {
  const hasParams = Object.keys(operation.params).length > 0;
  const errors = Object.fromEntries(errorStatuses(operation).map((status) => [status, ERROR_RESPONSES[status]]));
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    description: [operation.description, scopeText(operation)].filter(Boolean).join("\n\n"),
    tags: [operation.tag],
    security:
      operation.scope === NO_KEY ? [] : [{ [SECURITY_SCHEME]: operation.scope === ANY_KEY ? [] : [operation.scope] }],
    "x-required-scope": operation.scope === NO_KEY || operation.scope === ANY_KEY ? null : operation.scope,
    requestParams: Object.fromEntries(
      Object.entries({
        path: hasParams ? z.object(operation.params as Record<string, z.ZodType<string>>) : undefined,
        query: operation.scope === NO_KEY ? undefined : operation.query,
        header: operation.idempotent ? idempotencyHeader : undefined,
      }).filter(([, schema]) => schema !== undefined),
    ),
    requestBody: operation.body
      ? {
          required: true,
          content: {
            "application/json": {
              schema: operation.body,
              ...(operation.requestExample === undefined ? {} : { example: operation.requestExample }),
            },
          },
        }
      : undefined,
    responses: { ...successResponses(operation), ...errors },
  };
}

// ---------------------------------------------------------------- webhooks

/** One entry per event type: what Mavio POSTs to a subscribed endpoint. */
function webhookObjects(): ZodOpenApiPathsObject {
  return Object.fromEntries(
    DOCUMENTED_EVENTS.map(({ type, description }) => [
      type,
      {
        post: {
          operationId: `${type.replace(/[._](\w)/g, (_, letter: string) => letter.toUpperCase())}Webhook`,
          summary: type,
          description: `${description}\n\nSigned with the endpoint's secret (Standard Webhooks); see the headers.`,
          tags: ["Webhooks"],
          security: [],
          requestParams: { header: webhookHeaders },
          requestBody: { required: true, content: { "application/json": { schema: webhookPayloadSchema(type) } } },
          responses: {
            "2XX": { description: "Received. Any 2xx within 15 seconds acknowledges the delivery." },
            410: { description: "Gone: Mavio disables the endpoint and sends it nothing more." },
            default: { description: "Anything else (or no answer) is retried later." },
          },
        },
      },
    ]),
  );
}

function buildDocument() {
  const paths: ZodOpenApiPathsObject = {};
  for (const operation of OPERATION_LIST) {
    const item = (paths[operation.path] ??= {});
    item[operation.method.toLowerCase() as "get"] = operationObject(operation);
  }
  return createDocument(
    {
      openapi: "3.1.0",
      info: { title: "Mavio API", version: API_VERSION, description: DESCRIPTION },
      servers: [{ url: "/api/v1", description: "This Mavio deployment" }],
      tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
      security: [{ [SECURITY_SCHEME]: [] }],
      paths,
      webhooks: webhookObjects(),
      components: {
        securitySchemes: {
          [SECURITY_SCHEME]: {
            type: "http",
            scheme: "bearer",
            bearerFormat: "mavio_sk_...",
            description: `An API key. Operations list the scope they need: ${SCOPES.map((scope) => `\`${scope.scope}\``).join(", ")}.`,
          },
        },
      },
    },
    {
      override: ({ jsonSchema }) => {
        // Keep the document readable: formats say what the long generated patterns say.
        if (
          (jsonSchema.format === "date-time" || jsonSchema.format === "date" || jsonSchema.format === "email") &&
          jsonSchema.pattern
        )
          delete jsonSchema.pattern;
        if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
        if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
      },
    },
  );
}

export type OpenApiDocument = ReturnType<typeof createDocument>;

let cached: OpenApiDocument | undefined;

/** The document (built once per process: it depends only on code). */
export function openApiDocument(): OpenApiDocument {
  cached ??= buildDocument();
  return cached;
}
