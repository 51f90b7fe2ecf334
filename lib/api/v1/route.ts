import type { z } from "zod";
import { apiRoute, type ApiContext } from "@/lib/api/api-route";
import { type ANY_KEY } from "@/lib/keys/scopes";
import { ApiError } from "@/lib/http/errors";
import { requestFingerprint, withIdempotency } from "@/lib/api/idempotency";
import type { Scope } from "@/lib/keys/scopes";
import { acceptOnly } from "./input";
import type { EmptyResult, JsonResult, Operation, PathParamNames, ResultSpec } from "./operation";

type GuardedOperation = Operation<string, Scope | typeof ANY_KEY>;

type BodyOf<Op extends GuardedOperation> = Op["body"] extends z.ZodType ? z.output<Op["body"]> : undefined;

/** What a v1 handler receives: the guard's context with typed params, query and body. */
export type V1Context<Op extends GuardedOperation> = Omit<ApiContext<z.output<Op["query"]>, BodyOf<Op>>, "params"> & {
  params: Record<PathParamNames<Op["path"]>, string>;
};

/** JSON results return the object (the wrapper writes it), 204s nothing, media a Response. */
export type V1Result<R extends ResultSpec> =
  R extends JsonResult<infer S> ? z.input<S> : R extends EmptyResult ? void : Response;

/**
 * The handler of one registry operation, behind the guard with exactly the operation's
 * scope and schemas: `GET: v1Route(OPERATIONS.getMeeting, ({ team, params }) => ...)`.
 * Path params the operation refuses answer 404; POSTs honour Idempotency-Key.
 */
export function v1Route<Op extends GuardedOperation>(
  operation: Op,
  handler: (context: V1Context<Op>) => V1Result<Op["result"]> | Promise<V1Result<Op["result"]>>,
) {
  const query = acceptOnly(operation.query, "parameter") as unknown as z.ZodType<z.output<Op["query"]>>;
  const body = operation.body ? (acceptOnly(operation.body, "field") as z.ZodType<BodyOf<Op>>) : undefined;

  return apiRoute<z.output<Op["query"]>, BodyOf<Op>>(
    { scope: operation.scope, query, body, template: operation.path },
    // Not async: the guard catches a synchronous throw as well, and under Next every promise has a cost.
    (context) => {
      const params = pathParams(operation, context.params);
      const run = () => {
        const result = handler({ ...context, params });
        // A synchronous handler's answer is shaped at once, without a turn of the microtask queue.
        return result instanceof Promise
          ? result.then((value) => toResponse(operation.result, value))
          : toResponse(operation.result, result);
      };
      if (!operation.idempotent) return run();
      const fingerprint = requestFingerprint([operation.operationId, params, context.body ?? null]);
      return withIdempotency(
        context.request.headers,
        { teamId: context.team.id, apiKeyId: context.key.id },
        fingerprint,
        run,
        operation.shownOnce,
      );
    },
  );
}

function pathParams<Op extends GuardedOperation>(
  operation: Op,
  raw: Record<string, string>,
): Record<PathParamNames<Op["path"]>, string> {
  const params: Record<string, string> = {};
  for (const [name, schema] of Object.entries(operation.params) as [string, z.ZodType<string>][]) {
    const value = raw[name];
    // The route file's folder names must match the template: a mismatch is our bug.
    if (typeof value !== "string") throw new Error(`Route for ${operation.operationId} has no [${name}] segment`);
    if (!schema.safeParse(value).success)
      throw new ApiError(
        "not_found",
        `There is no ${operation.method} ${operation.path.replace(`{${name}}`, value)} in this team.`,
      );
    params[name] = value;
  }
  return params as Record<PathParamNames<Op["path"]>, string>;
}

function toResponse(result: ResultSpec, value: unknown): Response {
  switch (result.kind) {
    case "json":
      return Response.json(value, { status: result.status });
    case "empty":
      return new Response(null, { status: 204 });
    case "media":
      if (!(value instanceof Response)) throw new Error("A media operation must return a Response");
      return value;
  }
}
