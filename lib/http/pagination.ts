// Cursor pagination (API.md "Lists"): keyset, not offset, so rows inserted while a client
// pages never shift what it has not seen yet. A list is ordered by (sort field, id), both
// in the same direction; the cursor is the position of the last row returned, and the next
// page is every row strictly after it. The id breaks ties between rows with equal sort
// values, so no row is skipped or repeated.
//
// Cursors are opaque to clients: base64url of `[list tag, sort value, id]`. The tag binds a
// cursor to its list, so a meetings cursor sent to the notes list is refused (400).
import { isInt4, isStorableDate, unstorableTextReason } from "@/lib/db/storable";
import { DomainError } from "@/lib/errors/domain-error";
import type { Page } from "./wire-schemas";

type Direction = "asc" | "desc";
type SortValue = Date | number;

export interface Position<V extends SortValue> {
  value: V;
  id: string;
}

const CURSOR_PATTERN = /^[A-Za-z0-9_-]{1,500}$/;

function invalidCursor(): DomainError {
  return new DomainError(
    "invalid_request",
    "The cursor is not valid for this list. Pass next_cursor from the previous page unchanged.",
    { fieldErrors: [{ field: "cursor", message: "Not a cursor issued by this list." }] },
  );
}

/** One list's order, e.g. `created_at DESC, id DESC`. Build with byDate() or byInteger(). */
export class Keyset<S extends string, I extends string, V extends SortValue> {
  private constructor(
    readonly tag: string,
    readonly sortField: S,
    readonly idField: I,
    readonly direction: Direction,
    private readonly kind: "date" | "int",
  ) {}

  /** Ordered by a timestamp column, then the id. */
  static byDate<S extends string, I extends string>(
    tag: string,
    sortField: S,
    idField: I,
    direction: Direction,
  ): Keyset<S, I, Date> {
    return new Keyset(tag, sortField, idField, direction, "date");
  }

  /** Ordered by an integer column, then the id. */
  static byInteger<S extends string, I extends string>(
    tag: string,
    sortField: S,
    idField: I,
    direction: Direction,
  ): Keyset<S, I, number> {
    return new Keyset(tag, sortField, idField, direction, "int");
  }

  encode(position: Position<V>): string {
    const value = position.value instanceof Date ? position.value.toISOString() : position.value;
    return Buffer.from(JSON.stringify([this.tag, value, position.id])).toString("base64url");
  }

  /** The position in a cursor; undefined for the first page. Anything malformed is a 400. */
  decode(cursor: string | undefined): Position<V> | undefined {
    if (cursor === undefined) return undefined;
    if (!CURSOR_PATTERN.test(cursor)) throw invalidCursor();
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    } catch {
      throw invalidCursor();
    }
    if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== this.tag) throw invalidCursor();
    const [, raw, id] = parsed as unknown[];
    // A forged cursor must fail here, not in the query: every part within what the columns hold.
    if (typeof id !== "string" || id.length === 0 || id.length > 100 || unstorableTextReason(id)) throw invalidCursor();
    if (this.kind === "date") {
      const date =
        typeof raw === "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(raw) ? new Date(raw) : null;
      if (!date || Number.isNaN(date.getTime()) || !isStorableDate(date)) throw invalidCursor();
      return { value: date as V, id };
    }
    if (typeof raw !== "number" || !isInt4(raw)) throw invalidCursor();
    return { value: raw as V, id };
  }

  /** Rows strictly after the position, for a Prisma `where` (AND it with the filters). */
  after(position: Position<V> | undefined) {
    if (!position) return {};
    const op = this.direction === "desc" ? "lt" : "gt";
    type Bound<T> = { lt: T } | { gt: T };
    return {
      OR: [
        { [this.sortField]: { [op]: position.value } } as Record<S, Bound<V>>,
        { [this.sortField]: position.value, [this.idField]: { [op]: position.id } } as Record<S, V> &
          Record<I, Bound<string>>,
      ],
    };
  }

  /** The Prisma `orderBy` matching the keyset. */
  orderBy() {
    return [
      { [this.sortField]: this.direction } as Record<S, Direction>,
      { [this.idField]: this.direction } as Record<I, Direction>,
    ];
  }

  /** `take` for a page: one extra row tells whether another page follows. */
  take(limit: number): number {
    return limit + 1;
  }

  /** The page from `take(limit)` rows fetched in `orderBy()` order. */
  page<Row extends Record<S, V> & Record<I, string>, Item>(
    rows: Row[],
    limit: number,
    serialize: (row: Row) => Item,
  ): Page<Item> {
    const hasMore = rows.length > limit;
    const shown = hasMore ? rows.slice(0, limit) : rows;
    const last = shown.at(-1);
    return {
      data: shown.map(serialize),
      has_more: hasMore,
      next_cursor: hasMore && last ? this.encode({ value: last[this.sortField], id: last[this.idField] }) : null,
    };
  }
}

/** Newest first by creation, the default order of API.md lists. */
export function newestFirst(tag: string): Keyset<"createdAt", "id", Date> {
  return Keyset.byDate(tag, "createdAt", "id", "desc");
}
