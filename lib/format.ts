const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const relativeFormat = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

export function formatDateTime(date: Date): string {
  return `${dateTimeFormat.format(date)} UTC`;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/**
 * "in 3 days", "2 hours ago", "just now", rounded to the nearest unit: a 90-day key made a
 * moment ago has 89.99 days left, and that is "in 3 months", not "in 2 months".
 */
export function formatRelative(date: Date, now: Date = new Date()): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size)
      return relativeFormat.format(Math.sign(seconds) * Math.round(Math.abs(seconds) / size), unit);
  }
  return "just now";
}

export function formatNumber(value: number): string {
  return value.toLocaleString("en-US");
}

const percentFormat = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });

/** A 0..1 share as "2.5%". */
export function formatPercent(share: number): string {
  return percentFormat.format(share);
}

const hourFormat = new Intl.DateTimeFormat("en-US", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});
const shortDayFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

/** "14:00" (UTC), for hourly chart buckets. */
export function formatHour(date: Date): string {
  return hourFormat.format(date);
}

/** "Nov 26" (UTC), for daily chart buckets. */
export function formatShortDay(date: Date): string {
  return shortDayFormat.format(date);
}

const logTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** "Dec 4, 01:15:42.123" in `timeZone`, for one logged request. */
export function formatLogTime(date: Date, timeZone = "UTC"): string {
  let format = logTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      fractionalSecondDigits: 3,
      hourCycle: "h23",
      timeZone,
    });
    logTimeFormats.set(timeZone, format);
  }
  return format.format(date);
}
