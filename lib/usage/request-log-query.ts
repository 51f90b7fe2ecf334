import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LoggedRequestFields } from "./request-log";

/** Statuses the log can be narrowed to: a class, or one of the client errors an integration acts on. */
export const REQUEST_STATUS_FILTERS = [
  { id: "2xx", label: "2xx success", where: { lt: 400 } },
  { id: "4xx", label: "4xx client errors", where: { gte: 400, lt: 500 } },
  { id: "401", label: "401 unauthorized", where: { equals: 401 } },
  { id: "403", label: "403 forbidden", where: { equals: 403 } },
  { id: "404", label: "404 not found", where: { equals: 404 } },
  { id: "429", label: "429 rate limited", where: { equals: 429 } },
  { id: "5xx", label: "5xx server errors", where: { gte: 500 } },
] as const satisfies readonly { id: string; label: string; where: Prisma.IntFilter }[];

export type RequestStatusFilter = (typeof REQUEST_STATUS_FILTERS)[number]["id"];

export const REQUEST_LOG_PAGE_SIZE = 50;

const statusIds = REQUEST_STATUS_FILTERS.map((filter) => filter.id) as [RequestStatusFilter, ...RequestStatusFilter[]];
/** Anything unusable in a parameter counts as not given: a hand-edited URL still shows the log. */
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** The log's filters as the usage page's URL carries them (the filter form submits the same names). */
export const requestLogFiltersSchema = z.object({
  status: optional(z.enum(statusIds)),
  /** "GET /meetings/{id}", or the catch-all's "GET unknown route": the method, a space, the template. */
  endpoint: optional(
    z
      .string()
      .regex(/^[A-Z]+ \S.{0,199}$/)
      .transform((value) => {
        const space = value.indexOf(" ");
        return { method: value.slice(0, space), route: value.slice(space + 1) };
      }),
  ),
  request: optional(z.string().trim().min(1).max(200)),
  /** The oldest row shown so far: "<epoch ms>.<slot>". */
  before: optional(
    z
      .string()
      .regex(/^\d{1,15}\.\d{1,9}$/)
      .transform((value) => {
        const [at, slot] = value.split(".").map(Number);
        return { at: new Date(at), slot };
      }),
  ),
});

export type RequestLogFilters = z.infer<typeof requestLogFiltersSchema>;

export interface LoggedRequestRow extends LoggedRequestFields {
  slot: number;
  at: Date;
}

export interface RequestLogPage {
  requests: LoggedRequestRow[];
  /** The `before` value of the next, older page; null on the last. */
  older: string | null;
}

export const requestLogCursor = (row: Pick<LoggedRequestRow, "at" | "slot">) => `${row.at.getTime()}.${row.slot}`;

/** A page of a key's logged requests, newest first; a request id looks that one request up. */
export async function listLoggedRequests(keyId: string, filters: RequestLogFilters): Promise<RequestLogPage> {
  const where: Prisma.LoggedRequestWhereInput = filters.request
    ? { keyId, requestId: filters.request }
    : {
        keyId,
        ...(filters.status ? { status: REQUEST_STATUS_FILTERS.find((f) => f.id === filters.status)!.where } : {}),
        ...(filters.endpoint ?? {}),
        ...(filters.before
          ? {
              OR: [{ at: { lt: filters.before.at } }, { at: filters.before.at, slot: { lt: filters.before.slot } }],
            }
          : {}),
      };
  const rows = await db.loggedRequest.findMany({
    where,
    orderBy: [{ at: "desc" }, { slot: "desc" }],
    take: REQUEST_LOG_PAGE_SIZE + 1,
    select: {
      slot: true,
      at: true,
      method: true,
      route: true,
      status: true,
      latencyMs: true,
      requestId: true,
      clientIp: true,
    },
  });
  const requests = rows.slice(0, REQUEST_LOG_PAGE_SIZE);
  return { requests, older: rows.length > REQUEST_LOG_PAGE_SIZE ? requestLogCursor(requests.at(-1)!) : null };
}
