// HTTP Range requests (RFC 9110 section 14) for one file: single byte ranges are served
// as 206; a range starting past the end is 416; anything this server chooses not to honour
// (other units, malformed headers, several ranges, a stale If-Range) gets the whole file
// as 200, which the RFC allows ("a server MAY ignore the Range header field").

export type RangeDecision =
  { kind: "full" } | { kind: "partial"; start: number; end: number } | { kind: "unsatisfiable" };

const SINGLE_RANGE = /^bytes=(\d*)-(\d*)$/i;

/** What to send for a `Range` header on a file of `size` bytes. `end` is inclusive. */
export function decideRange(header: string | null, size: number): RangeDecision {
  if (header === null) return { kind: "full" };
  const match = SINGLE_RANGE.exec(header.replace(/\s+/g, ""));
  if (!match) return { kind: "full" }; // other units, several ranges, or malformed
  const [, first, last] = match as unknown as [string, string, string];
  if (first === "" && last === "") return { kind: "full" };

  if (first === "") {
    // Suffix range: the last N bytes.
    const length = toInteger(last);
    if (length === null) return { kind: "full" };
    if (length === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", start: Math.max(0, size - length), end: size - 1 };
  }

  const start = toInteger(first);
  const end = last === "" ? Number.MAX_SAFE_INTEGER : toInteger(last);
  if (start === null || end === null || end < start) return { kind: "full" };
  if (start >= size) return { kind: "unsatisfiable" };
  return { kind: "partial", start, end: Math.min(end, size - 1) };
}

function toInteger(digits: string): number | null {
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}

/** If-Range holds an entity tag (ours are strong) or an HTTP date; a range is honoured only on an exact match. */
export function ifRangeMatches(ifRange: string | null, etag: string, lastModified: Date): boolean {
  if (ifRange === null) return true;
  const value = ifRange.trim();
  if (value.startsWith('"') || value.startsWith("W/")) return value === etag;
  const date = Date.parse(value);
  return !Number.isNaN(date) && Math.floor(lastModified.getTime() / 1000) === Math.floor(date / 1000);
}
