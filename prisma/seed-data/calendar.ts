// Meeting times relative to seeding time, on weekdays, so the demo always looks current.
import type { MeetingWhen } from "./types";

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

function isWeekend(date: Date): boolean {
  const day = date.getUTCDay();
  return day === 0 || day === 6;
}

/** Midnight UTC of the date `count` weekdays before (negative) or after (positive) `now`. */
export function shiftBusinessDays(now: Date, count: number): Date {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const step = Math.sign(count);
  for (let moved = 0; moved < Math.abs(count);) {
    date.setUTCDate(date.getUTCDate() + step);
    if (!isWeekend(date)) moved++;
  }
  return date;
}

/** The meeting's (scheduled) start. */
export function resolveWhen(when: MeetingWhen, now: Date): Date {
  if ("minutesAgo" in when) return new Date(now.getTime() - when.minutesAgo * MINUTE_MS);
  const [hours, minutes] = when.at.split(":").map(Number);
  const day = shiftBusinessDays(now, when.businessDays);
  return new Date(day.getTime() + hours * HOUR_MS + minutes * MINUTE_MS);
}

export function addMs(date: Date, ms: number): Date {
  return new Date(date.getTime() + ms);
}

/** The calendar date (UTC midnight) `days` after `date`, for @db.Date columns. */
export function dateOnly(date: Date, days = 0): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days));
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
