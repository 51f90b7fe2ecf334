const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Formats of one set of options per time zone, made once each: Intl.DateTimeFormat is slow to construct. */
export function zonedFormat(options: Intl.DateTimeFormatOptions): (timeZone: string) => Intl.DateTimeFormat {
  const formats = new Map<string, Intl.DateTimeFormat>();
  return (timeZone) => {
    let format = formats.get(timeZone);
    if (!format) formats.set(timeZone, (format = new Intl.DateTimeFormat("en-US", { ...options, timeZone })));
    return format;
  };
}

const partsFormat = zonedFormat({
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

/** How axes, headings and buttons name a zone: "UTC", "America/New York". */
export const zoneLabel = (timeZone: string) => timeZone.replaceAll("_", " ");

/** Whether the runtime knows `name` as an IANA time zone ("Europe/Berlin", "UTC"). */
export function isTimeZone(name: string): boolean {
  if (!name || name.length > 64) return false;
  try {
    partsFormat(name);
    return true;
  } catch {
    return false;
  }
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
export function zoneOffsetMs(timeZone: string, instant: number): number {
  const parts: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(instant)) parts[part.type] = Number(part.value);
  const wallClock = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wallClock - (instant - (((instant % 1000) + 1000) % 1000));
}

/** The instant the zone's clock shows `wallClock` (a UTC-based number read as local time). */
function instantOfWallClock(timeZone: string, wallClock: number): number {
  // Two passes: the offset at the guess, then at the corrected guess (right across a DST change).
  const guess = wallClock - zoneOffsetMs(timeZone, wallClock);
  return wallClock - zoneOffsetMs(timeZone, guess);
}

/**
 * Starts of the `count` local days ending with the one holding `instant`, oldest first. A
 * local day is 23 or 25 hours long across a DST change, so the starts are not a fixed step.
 */
export function localDayStarts(timeZone: string, instant: number, count: number): number[] {
  const today = Math.floor((instant + zoneOffsetMs(timeZone, instant)) / DAY) * DAY;
  return Array.from({ length: count }, (_, index) => instantOfWallClock(timeZone, today - (count - 1 - index) * DAY));
}

/** Starts of the `count` whole hours ending with the one holding `instant`, oldest first. */
export function hourStarts(instant: number, count: number): number[] {
  const current = Math.floor(instant / HOUR) * HOUR;
  return Array.from({ length: count }, (_, index) => current - (count - 1 - index) * HOUR);
}
