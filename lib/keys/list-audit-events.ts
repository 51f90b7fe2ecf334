import { db } from "@/lib/db";
import { newestFirst } from "@/lib/http/pagination";

export const AUDIT_LOG_PAGE_SIZE = 20;

const auditOrder = newestFirst("key_audit");

/** The position in an audit log cursor; a stale or hand-edited one starts over. */
function positionOf(cursor: string | undefined) {
  try {
    return auditOrder.decode(cursor);
  } catch {
    return undefined;
  }
}

/** Other keys an event names in its details (a rotation's replacement or predecessor). */
function referencedKeyIds(details: unknown): string[] {
  if (!details || typeof details !== "object" || Array.isArray(details)) return [];
  const { replaced_by: replacedBy, rotated_from: rotatedFrom } = details as Record<string, unknown>;
  return [replacedBy, rotatedFrom].filter((id): id is string => typeof id === "string");
}

/**
 * A page of the changes to a team's keys, newest first: who did what to which key, when and
 * from where; optionally only one key's. Comes with the last four characters of the other
 * keys the events name, to describe rotations.
 */
export async function listAuditEvents(
  teamId: string,
  { keyId, cursor }: { keyId?: string; cursor?: string } = {},
  limit = AUDIT_LOG_PAGE_SIZE,
) {
  const rows = await db.apiKeyAuditEvent.findMany({
    where: { teamId, ...(keyId ? { keyId } : {}), ...auditOrder.after(positionOf(cursor)) },
    select: {
      id: true,
      action: true,
      ip: true,
      userAgent: true,
      details: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
      key: { select: { id: true, name: true, last4: true } },
    },
    orderBy: auditOrder.orderBy(),
    take: auditOrder.take(limit),
  });
  const page = auditOrder.page(rows, limit, (row) => row);
  const referenced = [...new Set(page.data.flatMap((event) => referencedKeyIds(event.details)))];
  const others = referenced.length
    ? await db.apiKey.findMany({ where: { teamId, id: { in: referenced } }, select: { id: true, last4: true } })
    : [];
  return {
    events: page.data,
    nextCursor: page.next_cursor,
    last4ById: new Map(others.map((key) => [key.id, key.last4])),
  };
}

export type AuditEvent = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];
