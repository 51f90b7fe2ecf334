// Next replaces Date in the server to notice clock reads while it prerenders: each
// Date.now() then looks up two async contexts (~1.5 µs), and a guarded request reads the
// clock half a dozen times. performance.now() is not watched; anchored to Date.now() again
// every second, it tells the wall-clock time to well within a millisecond.
const ANCHOR_FOR_MS = 1_000;
/** How far a reading may be off Date.now(): whole milliseconds, and a second's drift at most. */
export const CLOCK_ERROR_MS = 2;

let anchoredAt = performance.now();
let offset = Date.now() - anchoredAt;

/**
 * Unix ms, as Date.now(), for timing within this process (ages, windows, latencies). Not for
 * times compared with another process's or the database's clock to the millisecond.
 */
export function currentTimeMs(): number {
  const monotonic = performance.now();
  if (monotonic - anchoredAt >= ANCHOR_FOR_MS) {
    anchoredAt = monotonic;
    offset = Date.now() - monotonic;
  }
  return Math.floor(monotonic + offset);
}
