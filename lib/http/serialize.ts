// Small conversions every serializer uses: DB rows are camelCase with Dates; the wire is
// snake_case with ISO-8601 UTC strings and integer milliseconds.

export function isoOrNull(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

/** A `@db.Date` column (midnight UTC) as `YYYY-MM-DD`. */
export function calendarDateOrNull(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** `YYYY-MM-DD` as the midnight-UTC Date a `@db.Date` column stores. */
export function parseCalendarDate(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

/** A membership with its user, as `{ member_id, name, email }`. */
export function memberRefOf(member: { id: string; user: { name: string; email: string } }) {
  return { member_id: member.id, name: member.user.name, email: member.user.email };
}

export const MEMBER_REF_SELECT = { id: true, user: { select: { name: true, email: true } } } as const;
