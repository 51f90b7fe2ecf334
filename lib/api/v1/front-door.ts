// Two kinds of /api/v1 request never reach a route handler, because Next fails on them
// first and answers a plain-text 500: a method the Fetch API refuses to build a Request for
// (TRACE, TRACK) or that Next does not dispatch (PROPFIND, ...), and a path whose percent
// escapes are not UTF-8 (`%E0%A4%A`, `%ZZ`). The HTTP server (scripts/serve.ts) asks this
// module first and writes its answer, so they get a problem like any other refusal.
import { ApiError } from "@/lib/http/errors";
import { requestIdFor } from "@/lib/api/request-id";
import { HTTP_METHODS, methodNotAllowed } from "@/lib/http/methods";
import { problemParts, type ProblemParts } from "@/lib/api/problem-response";
import { OPERATION_LIST } from "./operations";

const API_PREFIX = "/api/v1";
// HEAD and OPTIONS Next answers itself, from the route file's GET and exports.
const ROUTED_METHODS = new Set<string>([...HTTP_METHODS, "HEAD", "OPTIONS"]);

const TEMPLATES = [...new Set(OPERATION_LIST.map((operation) => operation.path))].map((path) => ({
  path,
  segments: path.split("/").slice(1),
  methods: OPERATION_LIST.filter((operation) => operation.path === path).map((operation) => operation.method),
}));

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** The registry template a raw path (segments still encoded) is served by, if any. */
function templateOf(segments: string[]) {
  return TEMPLATES.find(
    (template) =>
      template.segments.length === segments.length &&
      template.segments.every((part, i) => part.startsWith("{") || part === segments[i]),
  );
}

function refusal(method: string, pathname: string): ApiError | undefined {
  // The common case, on every API request: nothing to decode, a method Next dispatches.
  if (!pathname.includes("%") && ROUTED_METHODS.has(method)) return undefined;
  const segments = pathname.slice(API_PREFIX.length).split("/").slice(1);
  const malformed = segments.findIndex((segment) => segment.includes("%") && !decodes(segment));
  if (malformed < 0 && ROUTED_METHODS.has(method)) return undefined;
  const template = templateOf(segments);
  if (malformed >= 0) {
    const field = template?.segments[malformed]?.replace(/^\{(\w+)\}$/, "$1") ?? "path";
    const message = "Not valid percent-encoding: each %XX must be a byte of UTF-8 text.";
    return new ApiError("invalid_request", `Invalid path parameter ${field}: ${message}`, {
      errors: [{ field, message }],
    });
  }
  if (!template) return new ApiError("not_found", `There is no ${method} ${pathname} in the Mavio API.`);
  return methodNotAllowed(method, template.methods);
}

/** The problem to answer instead of passing the request to Next, or undefined to pass it on. */
export function frontDoorAnswer(
  method: string,
  url: string,
  incomingRequestId: string | undefined,
): ProblemParts | undefined {
  const pathname = url.split("?")[0]!;
  if (pathname !== API_PREFIX && !pathname.startsWith(`${API_PREFIX}/`)) return undefined;
  const error = refusal(method, pathname);
  if (!error) return undefined;
  const requestId = requestIdFor(incomingRequestId ?? null);
  return problemParts(error, requestId, {
    "X-Request-Id": requestId,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
}
