// What PostgreSQL columns can hold, so inputs outside it are refused as the caller's mistake
// instead of failing in the driver (a 500): text cannot contain NUL, UTF-8 cannot encode an
// unpaired UTF-16 surrogate, integer columns are int4, and the driver writes timestamps as
// `YYYY-MM-DD ...`, which has no year 0 and no five-digit years.

export const INT4_MAX = 2_147_483_647;
export const INT4_MIN = -2_147_483_648;

export function isInt4(value: number): boolean {
  return Number.isInteger(value) && value >= INT4_MIN && value <= INT4_MAX;
}

const EARLIEST_MS = Date.parse("0001-01-01T00:00:00.000Z");
const LATEST_MS = Date.parse("9999-12-31T23:59:59.999Z");

export const STORABLE_DATE_MESSAGE = "Use a date from the year 1 to 9999 (in UTC).";

export function isStorableDate(date: Date): boolean {
  const ms = date.getTime();
  return ms >= EARLIEST_MS && ms <= LATEST_MS;
}

/** Why PostgreSQL could not store this text, in words for the caller; undefined when it can. */
export function unstorableTextReason(text: string): string | undefined {
  if (text.includes("\u0000")) return "Contains a NUL character (\\u0000), which text cannot hold. Remove it.";
  if (!text.isWellFormed())
    return "Contains an unpaired UTF-16 surrogate, which is not valid Unicode. Send well-formed text.";
  return undefined;
}
