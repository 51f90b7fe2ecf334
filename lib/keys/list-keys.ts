import { z } from "zod";
import { db, qualifiedTable } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { unstorableTextReason } from "@/lib/db/storable";
import { EXPIRING_SOON_MS, keyStatus } from "./status";

export const KEYS_PAGE_SIZE = 25;

export const KEY_STATUS_FILTERS = ["all", "active", "expiring_soon", "expired", "revoked"] as const;
export const KEY_SORTS = ["created", "expires", "last_used"] as const;
export type KeyStatusFilter = (typeof KEY_STATUS_FILTERS)[number];
export type KeySort = (typeof KEY_SORTS)[number];

/**
 * The list's state as the page's URL carries it. Anything unusable (a hand-edited or stale
 * link) falls back to the default instead of failing: `all` is every key but revoked ones.
 */
export const keyListQuerySchema = z.object({
  // A search PostgreSQL could not run (a NUL, a lone surrogate) lists every key instead of failing.
  q: z
    .string()
    .trim()
    .max(100)
    .refine((text) => !unstorableTextReason(text))
    .catch(""),
  status: z.enum(KEY_STATUS_FILTERS).catch("all"),
  sort: z.enum(KEY_SORTS).catch("created"),
  cursor: z.string().max(500).optional().catch(undefined),
});
export type KeyListQuery = z.infer<typeof keyListQuerySchema>;

/**
 * Each sort's column and direction; the id breaks ties. Keys that never expire or were never
 * used come last, after every dated one.
 */
const SORT_ORDER: Record<
  KeySort,
  { column: string; descending: boolean; nullable: boolean; valueOf: (row: KeyRow) => Date | null }
> = {
  created: { column: "created_at", descending: true, nullable: false, valueOf: (row) => row.createdAt },
  expires: { column: "expires_at", descending: false, nullable: true, valueOf: (row) => row.expiresAt },
  last_used: { column: "last_used_at", descending: true, nullable: true, valueOf: (row) => row.lastUsedAt },
};

interface Position {
  value: Date | null;
  id: string;
}

// Cursors: base64url of `[sort, ISO date or null, id]`, bound to the sort they were made for.
function encodeCursor(sort: KeySort, position: Position): string {
  return Buffer.from(JSON.stringify([sort, position.value?.toISOString() ?? null, position.id])).toString("base64url");
}

/** The position in a cursor, or undefined (start over) for anything not made for this sort. */
function decodeCursor(sort: KeySort, cursor: string | undefined): Position | undefined {
  if (!cursor) return undefined;
  try {
    const [cursorSort, value, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (cursorSort !== sort || typeof id !== "string" || id.length > 100 || unstorableTextReason(id)) return undefined;
    if (value === null) return SORT_ORDER[sort].nullable ? { value: null, id } : undefined;
    const date = typeof value === "string" ? new Date(value) : null;
    return date && !Number.isNaN(date.getTime()) ? { value: date, id } : undefined;
  } catch {
    return undefined;
  }
}

function statusCondition(status: KeyStatusFilter, now: Date): Prisma.Sql {
  const soon = new Date(now.getTime() + EXPIRING_SOON_MS);
  switch (status) {
    case "all":
      return Prisma.sql`k.revoked_at IS NULL`;
    case "active":
      return Prisma.sql`k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > ${soon})`;
    case "expiring_soon":
      return Prisma.sql`k.revoked_at IS NULL AND k.expires_at > ${now} AND k.expires_at <= ${soon}`;
    case "expired":
      return Prisma.sql`k.revoked_at IS NULL AND k.expires_at <= ${now}`;
    case "revoked":
      return Prisma.sql`k.revoked_at IS NOT NULL`;
  }
}

/** A name containing the text, or a key ending in it ("AVLe", "…AVLe" and the masked "mavio_sk_...AVLe" find the same key). */
function searchCondition(q: string): Prisma.Sql {
  if (!q) return Prisma.sql`TRUE`;
  const escape = (text: string) => text.replace(/[\\%_]/g, (match) => `\\${match}`);
  const byName = Prisma.sql`k.name ILIKE ${`%${escape(q)}%`}`;
  const tail = q.replace(/^(mavio_sk_)?(\.{3}|…)/, "");
  return tail.length >= 1 && tail.length <= 4 ? Prisma.sql`(${byName} OR k.last4 LIKE ${`%${escape(tail)}`})` : byName;
}

/** Rows strictly after the cursor's position, in the sort's order (nulls last). */
function afterCondition(sort: KeySort, position: Position | undefined): Prisma.Sql {
  if (!position) return Prisma.sql`TRUE`;
  const { column, descending, nullable } = SORT_ORDER[sort];
  const col = Prisma.raw(`k.${column}`);
  const beyond = Prisma.raw(descending ? "<" : ">");
  if (position.value === null) return Prisma.sql`(${col} IS NULL AND k.id ${beyond} ${position.id})`;
  const laterNulls = nullable ? Prisma.sql` OR ${col} IS NULL` : Prisma.empty;
  return Prisma.sql`(${col} ${beyond} ${position.value} OR (${col} = ${position.value} AND k.id ${beyond} ${position.id})${laterNulls})`;
}

/** Spelled exactly as the indexes are, so each page is read off an index, not sorted. */
function orderBy(sort: KeySort): Prisma.Sql {
  const { column, descending, nullable } = SORT_ORDER[sort];
  const direction = descending ? "DESC" : "ASC";
  return Prisma.raw(`k.${column} ${direction}${nullable ? " NULLS LAST" : ""}, k.id ${direction}`);
}

interface KeyRow {
  id: string;
  name: string;
  last4: string;
  scopes: string[];
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdByName: string | null;
  /** The person who created the key has since left the team or been removed (the key stays the team's). */
  createdByFormerMember: boolean;
  /** The key that replaced this one by rotation. */
  replacedByLast4: string | null;
  /** Where secret scanning last found the key in public, and when; null if never. */
  exposedUrl: string | null;
  exposedAt: Date | null;
}

/**
 * One page of a team's keys for the settings list, filtered, searched and sorted in one
 * indexed query (creator, their membership and the replacement joined in, no query per row).
 */
export async function listTeamKeys(
  teamId: string,
  query: KeyListQuery,
  now: Date = new Date(),
  limit = KEYS_PAGE_SIZE,
) {
  const keys = qualifiedTable("api_keys");
  const rows = await db.$queryRaw<KeyRow[]>`
    SELECT k.id, k.name, k.last4, k.scopes, k.created_at AS "createdAt", k.expires_at AS "expiresAt",
           k.revoked_at AS "revokedAt", k.last_used_at AS "lastUsedAt", u.name AS "createdByName",
           (u.id IS NOT NULL AND m.id IS NULL) AS "createdByFormerMember",
           r.last4 AS "replacedByLast4", x.url AS "exposedUrl", x.reported_at AS "exposedAt"
    FROM ${keys} k
    LEFT JOIN ${qualifiedTable("users")} u ON u.id = k.created_by_id
    LEFT JOIN ${qualifiedTable("memberships")} m ON m.team_id = k.team_id AND m.user_id = k.created_by_id
    LEFT JOIN ${keys} r ON r.rotated_from_id = k.id
    LEFT JOIN LATERAL (
      SELECT e.url, e.reported_at FROM ${qualifiedTable("api_key_exposures")} e
      WHERE e.key_id = k.id ORDER BY e.reported_at DESC, e.id DESC LIMIT 1
    ) x ON TRUE
    WHERE k.team_id = ${teamId}
      AND ${statusCondition(query.status, now)}
      AND ${searchCondition(query.q)}
      AND ${afterCondition(query.sort, decodeCursor(query.sort, query.cursor))}
    ORDER BY ${orderBy(query.sort)}
    LIMIT ${limit + 1}`;
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    keys: shown.map((row) => ({ ...row, status: keyStatus(row, now) })),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor(query.sort, { value: SORT_ORDER[query.sort].valueOf(last), id: last.id })
        : null,
  };
}

export type TeamKey = Awaited<ReturnType<typeof listTeamKeys>>["keys"][number];

/** How many of the team's keys each status filter holds; `total` counts revoked keys too. */
export async function countTeamKeys(
  teamId: string,
  now: Date = new Date(),
): Promise<Record<KeyStatusFilter | "total", number>> {
  const perStatus = KEY_STATUS_FILTERS.map(
    (status) =>
      Prisma.sql`count(*) FILTER (WHERE ${statusCondition(status, now)})::int AS ${Prisma.raw(`"${status}"`)}`,
  );
  const [counts] = await db.$queryRaw<Record<KeyStatusFilter | "total", number>[]>`
    SELECT count(*)::int AS total, ${Prisma.join(perStatus)}
    FROM ${qualifiedTable("api_keys")} k WHERE k.team_id = ${teamId}`;
  return counts!;
}

/**
 * Keys that stop working within seven days although nothing replaces them: the banner's
 * list. A key being replaced by rotation is on its way out by choice, not by oversight.
 */
export async function listExpiringKeys(teamId: string, now: Date = new Date()) {
  return db.apiKey.findMany({
    where: {
      teamId,
      revokedAt: null,
      expiresAt: { gt: now, lte: new Date(now.getTime() + EXPIRING_SOON_MS) },
      rotatedTo: { is: null },
    },
    select: { id: true, name: true, last4: true, expiresAt: true },
    orderBy: [{ expiresAt: "asc" }, { id: "asc" }],
    take: 10,
  });
}

export type ExpiringKey = Awaited<ReturnType<typeof listExpiringKeys>>[number];
