// Wire primitives shared by every v1 resource schema (API.md): ids, timestamps, the list
// envelope, pagination parameters and problem details. Resource schemas live next to
// their domain code (lib/meetings/schemas.ts, ...) and are assembled in ./operations.ts.
import { z } from "zod";
import "zod-openapi";
import { API_ERRORS } from "./errors";
import { INT4_MAX, isStorableDate, STORABLE_DATE_MESSAGE } from "@/lib/db/storable";

/** An opaque, type-prefixed id (`mtg_...`). Not validated beyond being short: unknown ids are 404s. */
export function idSchema(prefix: string, description: string) {
  return z
    .string()
    .min(1)
    .max(100)
    .meta({ description, example: `${prefix}_3f9c2a7e51b04d8a9e6c1f27` });
}

export const meetingId = idSchema("mtg", "A meeting id (`mtg_...`).");
export const segmentId = idSchema("seg", "A transcript segment id (`seg_...`).");
export const noteId = idSchema("note", "A note id (`note_...`).");
export const actionItemId = idSchema("act", "An action item id (`act_...`).");
export const channelId = idSchema("chn", "A channel id (`chn_...`).");
export const speakerId = idSchema("spk", "A speaker profile id (`spk_...`).");
export const memberId = idSchema("mem", "A team member id (`mem_...`).");
export const recordingId = idSchema("rec", "A recording id (`rec_...`).");

/** Output timestamps: ISO-8601 in UTC, as `Date.toISOString()` writes them. */
export const timestamp = z.iso
  .datetime()
  .meta({ description: "ISO-8601 timestamp in UTC.", example: "2026-11-26T12:00:00.000Z" });

/** Input timestamps: ISO-8601 with `Z` or an offset, parsed to a Date (years 1-9999 in UTC: an offset can move 0001 to year 0). */
export const inputTimestamp = z.iso
  .datetime({ offset: true, error: "Use an ISO-8601 timestamp with a time zone, e.g. 2026-11-26T12:00:00Z." })
  .transform((value) => new Date(value))
  .refine(isStorableDate, { error: STORABLE_DATE_MESSAGE })
  .meta({ description: "ISO-8601 timestamp with `Z` or an offset.", example: "2026-11-26T12:00:00Z" });

/** A calendar date, `YYYY-MM-DD`, from the year 1 (the format already stops at 9999). */
export const calendarDate = z.iso
  .date({ error: "Use a date as YYYY-MM-DD." })
  .refine((value) => !value.startsWith("0000"), { error: STORABLE_DATE_MESSAGE })
  .meta({ example: "2026-12-04" });

export const durationMs = z.number().int().min(0).meta({ description: "Milliseconds.", example: 2_712_000 });

const MILLISECONDS_MESSAGE = { error: `Use a whole number of milliseconds from 0 to ${INT4_MAX}.` };

/** A whole number of milliseconds in a query (`?start_ms=`), within the int4 columns it is compared with. */
export const millisecondsQuery = z.coerce
  .number(MILLISECONDS_MESSAGE)
  .int(MILLISECONDS_MESSAGE)
  .min(0, MILLISECONDS_MESSAGE)
  .max(INT4_MAX, MILLISECONDS_MESSAGE);

export const email = z.email({ error: "Use a valid email address." }).max(320).meta({ example: "olivia@acme.test" });

/** Someone in the team, as it appears inside other objects (owner, assignee). */
export const memberRef = z
  .strictObject({
    member_id: memberId,
    name: z.string(),
    email: z.string(),
  })
  .meta({ id: "MemberRef", description: "A team member referenced from another object." });

// ---------------------------------------------------------------- lists

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `?limit=` and `?cursor=`, spread into each list's query schema. */
export const paginationQuery = {
  limit: z.coerce
    .number({ error: "Use a whole number from 1 to 100." })
    .int({ error: "Use a whole number from 1 to 100." })
    .min(1, { error: "Use a whole number from 1 to 100." })
    .max(MAX_PAGE_SIZE, { error: "Use a whole number from 1 to 100." })
    .default(DEFAULT_PAGE_SIZE)
    .meta({ description: `Page size, 1-${MAX_PAGE_SIZE}.`, example: DEFAULT_PAGE_SIZE }),
  cursor: z
    .string()
    .max(500)
    .optional()
    .meta({ description: "`next_cursor` from the previous page, unchanged. Omit for the first page." }),
};

/** The query of a list with no filters: `?limit=` and `?cursor=` only. */
export const pageQuery = z.strictObject({ ...paginationQuery });
export type PageQuery = z.output<typeof pageQuery>;

/** `{ data, has_more, next_cursor }` around a list of items. */
export function pageOf<Item extends z.ZodType>(item: Item) {
  return z.strictObject({
    data: z.array(item),
    has_more: z.boolean().meta({ description: "True when another page follows." }),
    next_cursor: z
      .string()
      .nullable()
      .meta({ description: "Pass as `cursor` to get the next page; null on the last page." }),
  });
}

export type Page<Item> = { data: Item[]; has_more: boolean; next_cursor: string | null };

/** A query schema for operations without parameters: any parameter is refused (400). */
export const noQuery = z.strictObject({});

// ---------------------------------------------------------------- errors

export const fieldError = z.strictObject({
  field: z.string().meta({ description: "Dotted path of the offending field, e.g. `participants.0.email`." }),
  message: z.string(),
});

/** RFC 9457 problem details as every error response carries them. */
export const problem = z
  .object({
    type: z.url().meta({ example: "https://docs.mavio.dev/errors/not_found" }),
    title: z.string().meta({ example: "Not found" }),
    status: z.number().int().meta({ example: 404 }),
    detail: z.string().meta({ example: "No meeting mtg_3f9c2a7e51b04d8a9e6c1f27 in this team." }),
    code: z.enum(Object.keys(API_ERRORS) as [keyof typeof API_ERRORS, ...(keyof typeof API_ERRORS)[]]),
    request_id: z.string().meta({ example: "req_5d1f0c9a2b7e4c3d8a6f1e0b" }),
    required_scope: z.string().optional().meta({ description: "With `insufficient_scope`: the scope the key lacks." }),
    errors: z
      .array(fieldError)
      .optional()
      .meta({ description: "With `validation_failed` and `invalid_request`: one entry per problem." }),
  })
  .loose()
  .meta({ id: "Problem", description: "RFC 9457 problem details (`application/problem+json`)." });
