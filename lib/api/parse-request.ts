import type { NextRequest } from "next/server";
import type { z } from "zod";
import { unstorableTextReason } from "@/lib/db/storable";
import { ApiError } from "@/lib/http/errors";
import { unstorableFields, type FieldError } from "./unstorable-fields";

export const MAX_JSON_BODY_BYTES = 1024 * 1024;

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ field: issue.path.join(".") || "(body)", message: issue.message }));
}

function invalidParameters(kind: "query" | "path", errors: FieldError[]): ApiError {
  return new ApiError("invalid_request", `Invalid ${kind} parameter ${errors[0]!.field}: ${errors[0]!.message}`, {
    errors,
  });
}

// Most calls send no query: its parse is the same every time, so it is made once per schema.
const emptyQueries = new WeakMap<z.ZodType, unknown>();

/** Query parameters through the route's schema; a bad value is the caller's mistake (400). */
export function parseQuery<Query>(request: NextRequest, schema: z.ZodType<Query>): Query {
  if (!request.nextUrl.search) {
    if (emptyQueries.has(schema)) return emptyQueries.get(schema) as Query;
    const result = schema.safeParse({});
    if (result.success) {
      emptyQueries.set(schema, Object.freeze(result.data));
      return result.data;
    }
  }
  const raw: Record<string, string> = {};
  for (const [name, value] of request.nextUrl.searchParams) {
    if (name in raw) throw new ApiError("invalid_request", `Query parameter "${name}" was given more than once.`);
    raw[name] = value;
  }
  const unstorable = unstorableFields(raw);
  if (unstorable.length) throw invalidParameters("query", unstorable);
  const result = schema.safeParse(raw);
  if (!result.success) throw invalidParameters("query", fieldErrors(result.error));
  return result.data;
}

/** Path parameters as Next decoded them: text PostgreSQL cannot hold (`%00`) names no object (400). */
export function checkPathParams(params: Record<string, string | string[] | undefined>): void {
  const errors = Object.entries(params).flatMap(([name, value]) => {
    const reason = [value ?? []].flat().map(unstorableTextReason).find(Boolean);
    return reason ? [{ field: name, message: reason }] : [];
  });
  if (errors.length) throw invalidParameters("path", errors);
}

/** A JSON body through the route's schema: 415 not JSON, 413 too large, 400 malformed, 422 invalid. */
export async function parseBody<Body>(request: NextRequest, schema: z.ZodType<Body>): Promise<Body> {
  assertJsonContentType(request);
  return parseJsonBody(await readBody(request), schema);
}

/** 415 unless the request says its body is JSON. */
export function assertJsonContentType(request: NextRequest): void {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType)) {
    throw new ApiError("unsupported_media_type", "Send a JSON body with `Content-Type: application/json`.");
  }
}

/** The body's bytes as sent (what a signature covers), refused with 413 past MAX_JSON_BODY_BYTES. */
export async function readBody(request: NextRequest): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_JSON_BODY_BYTES) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_JSON_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Read bytes as JSON through a schema: 400 malformed, 422 invalid. */
export function parseJsonBody<Body>(bytes: Buffer, schema: z.ZodType<Body>): Body {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new ApiError("invalid_request", "The request body is not valid JSON.");
  }
  const unstorable = unstorableFields(json);
  if (unstorable.length) throw invalidBody(unstorable);
  const result = schema.safeParse(json);
  if (!result.success) throw invalidBody(fieldErrors(result.error));
  return result.data;
}

function invalidBody(errors: FieldError[]): ApiError {
  return new ApiError("validation_failed", "The request body has invalid fields.", { errors });
}

function tooLarge() {
  return new ApiError("payload_too_large", `Request bodies are limited to ${MAX_JSON_BODY_BYTES} bytes.`);
}
