import { isTimeZone, zoneLabel } from "./zones";

/** The browser's own zone, written by the page's script (a server cannot know it otherwise). */
export const BROWSER_TIME_ZONE_COOKIE = "mavio_time_zone";
/** Whether the person chose to read times in their own zone or in UTC. */
export const TIME_ZONE_MODE_COOKIE = "mavio_time_zone_mode";
const TIME_ZONE_COOKIE_MAX_AGE_S = 365 * 24 * 3600;

export type TimeZoneMode = "local" | "utc";

export interface TimeZoneChoice {
  mode: TimeZoneMode;
  /** What times are shown in: the browser's zone, or UTC (chosen, or the zone is not known yet). */
  timeZone: string;
  browserTimeZone: string | null;
  /** How axes and headings name it: "UTC", "Europe/Berlin". */
  label: string;
}

interface CookieReader {
  get(name: string): { value: string } | undefined;
}

/** Local time unless UTC was chosen; UTC too until the browser has said which zone it is in. */
export function timeZoneChoice(cookies: CookieReader): TimeZoneChoice {
  const mode: TimeZoneMode = cookies.get(TIME_ZONE_MODE_COOKIE)?.value === "utc" ? "utc" : "local";
  const browser = cookies.get(BROWSER_TIME_ZONE_COOKIE)?.value;
  const browserTimeZone = browser && isTimeZone(browser) ? browser : null;
  const timeZone = mode === "local" && browserTimeZone ? browserTimeZone : "UTC";
  return { mode, timeZone, browserTimeZone, label: zoneLabel(timeZone) };
}

/** Sets a cookie from the page's script: the server reads it on the next render, for a year. */
export function rememberInBrowser(name: string, value: string): void {
  document.cookie = `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${TIME_ZONE_COOKIE_MAX_AGE_S}; SameSite=Lax`;
}
