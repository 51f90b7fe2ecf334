// What the API knows about one endpoint, as data: method, path template, scope, schemas,
// result, words for the docs. The route handlers (./route.ts), the OpenAPI document
// (lib/api/openapi.ts) and the generated endpoint tests all read the same objects, so a
// route cannot drift from its documentation or escape its scope test.
import type { z } from "zod";
import type { OperationScope } from "@/lib/keys/scopes";
import type { HttpMethod } from "@/lib/http/methods";
import { noQuery } from "@/lib/http/wire-schemas";

export const TAGS = {
  Meetings:
    "Meetings and their participants. Deleting a meeting deletes its recording, transcript, notes and action items.",
  Recordings: "A meeting's recording: its metadata and the audio file (streamed, with Range support).",
  Transcripts: "Transcript segments in order, as JSON or as txt, WebVTT and SRT; edits keep the original text.",
  Notes: "Summaries, minutes and custom notes attached to meetings.",
  "Action items": "Follow-ups from meetings. Setting status `done` completes an item; reopening clears `completed_at`.",
  Channels: "Channels group meetings and members.",
  Speakers: "Speaker profiles that transcript speaker labels map to.",
  Team: "The key's team, its settings and members.",
  Webhooks:
    "Endpoints that receive signed event deliveries (Standard Webhooks), their signing secrets and delivery history. " +
    "Each event is described in the document's `webhooks` section; its payload is the schema named after it (`MeetingCreatedEvent`, ...).",
  Keys: "The calling API key.",
  Reference: "This document.",
} as const;

export type Tag = keyof typeof TAGS;

/** `"/meetings/{id}/notes/{note_id}"` -> `"id" | "note_id"`. */
export type PathParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PathParamNames<Rest>
  : never;

// ---------------------------------------------------------------- results

export interface JsonResult<S extends z.ZodType = z.ZodType> {
  kind: "json";
  /** 202: accepted for later processing (a queued test delivery). */
  status: 200 | 201 | 202;
  schema: S;
  description: string;
}

export interface EmptyResult {
  kind: "empty";
  status: 204;
  description: string;
}

/** A body the handler builds itself (a file, a text format): it returns a Response. */
export interface MediaResult {
  kind: "media";
  status: 200;
  description: string;
  /** Media type -> schema of the body (a string, or binary). */
  content: Record<string, z.ZodType>;
  /** Supports Range requests: documents 206 and 416. */
  ranges: boolean;
}

export type ResultSpec = JsonResult | EmptyResult | MediaResult;

export function json<S extends z.ZodType>(
  schema: S,
  description: string,
  status: 200 | 201 | 202 = 200,
): JsonResult<S> {
  return { kind: "json", status, schema, description };
}

export function empty(description: string): EmptyResult {
  return { kind: "empty", status: 204, description };
}

export function media(
  description: string,
  content: Record<string, z.ZodType>,
  options: { ranges?: boolean } = {},
): MediaResult {
  return { kind: "media", status: 200, description, content, ranges: options.ranges ?? false };
}

// ---------------------------------------------------------------- operations

type ParamSchemas<P extends string> = { [K in PathParamNames<P>]: z.ZodType<string> };

export interface Operation<
  P extends string = string,
  Sc extends OperationScope = OperationScope,
  Q extends z.ZodObject = z.ZodObject,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends ResultSpec = ResultSpec,
> {
  /** Stable name: the OpenAPI operationId and the key in OPERATIONS. */
  operationId: string;
  method: HttpMethod;
  /** Template relative to /api/v1, OpenAPI style: `/meetings/{id}`. */
  path: P;
  scope: Sc;
  tag: Tag;
  summary: string;
  description?: string;
  /** One schema per `{name}` in the path (a value it refuses is a 404). */
  params: ParamSchemas<P>;
  /** Query parameters; unknown ones are refused (400), as are bad values. */
  query: Q;
  /** JSON body; unknown fields are refused (422), as are bad values. */
  body: B;
  /** A valid body, shown in the docs and sent by the generated endpoint tests. */
  requestExample?: B extends z.ZodType ? z.input<B> : undefined;
  result: R;
  /** When this operation answers 409, in words (documented with the other errors). */
  conflict?: string;
  /** POSTs honour `Idempotency-Key`. */
  idempotent: boolean;
  /**
   * Top-level result fields shown in this response only (signing secrets): an
   * Idempotency-Key replay answers them as null, as they are never stored.
   */
  shownOnce?: readonly string[];
}

type OperationInput<
  P extends string,
  Sc extends OperationScope,
  Q extends z.ZodObject,
  B extends z.ZodType | undefined,
  R extends ResultSpec,
> = Omit<Operation<P, Sc, Q, B, R>, "params" | "query" | "body" | "idempotent"> & { query?: Q; body?: B } & ([
    PathParamNames<P>,
  ] extends [never]
    ? { params?: undefined }
    : { params: ParamSchemas<P> });

export function defineOperation<
  const P extends `/${string}`,
  Sc extends OperationScope,
  R extends ResultSpec,
  Q extends z.ZodObject = typeof noQuery,
  B extends z.ZodType | undefined = undefined,
>(input: OperationInput<P, Sc, Q, B, R>): Operation<P, Sc, Q, B, R> {
  return {
    ...input,
    params: (input.params ?? {}) as ParamSchemas<P>,
    query: (input.query ?? noQuery) as Q,
    body: input.body as B,
    idempotent: input.method === "POST",
  };
}

/** `/meetings/{id}` with `{ id: "mtg_1" }` -> `/meetings/mtg_1` (values URL-encoded). */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for {${name}} in ${path}`);
    return encodeURIComponent(value);
  });
}

/** The param names of a path template, in order. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}
