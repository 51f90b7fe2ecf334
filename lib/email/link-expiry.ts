const MINUTE_MS = 60_000;
const HOUR_MINUTES = 60;
const DAY_MINUTES = 24 * HOUR_MINUTES;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const count = (amount: number, unit: string) => `${amount} ${unit}${amount === 1 ? "" : "s"}`;

/** "24 hours", "30 minutes", "7 days", "1 hour and 30 minutes": whole minutes, at most two units. */
function durationInWords(totalMinutes: number): string {
  if (totalMinutes < HOUR_MINUTES) return count(totalMinutes, "minute");
  // Up to two days, hours read better than "1 day and 12 hours".
  if (totalMinutes < 2 * DAY_MINUTES) {
    const [hours, minutes] = [Math.floor(totalMinutes / HOUR_MINUTES), totalMinutes % HOUR_MINUTES];
    return minutes ? `${count(hours, "hour")} and ${count(minutes, "minute")}` : count(hours, "hour");
  }
  const totalHours = Math.round(totalMinutes / HOUR_MINUTES);
  const [days, hours] = [Math.floor(totalHours / 24), totalHours % 24];
  return hours ? `${count(days, "day")} and ${count(hours, "hour")}` : count(days, "day");
}

/** "18:30 UTC on 5 December 2026" */
function utcMoment(at: Date): string {
  const time = `${String(at.getUTCHours()).padStart(2, "0")}:${String(at.getUTCMinutes()).padStart(2, "0")}`;
  return `${time} UTC on ${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
}

/** "This link works once and expires in 24 hours, at 18:30 UTC on 5 December 2026." */
export function linkExpiry(expiresAt: Date, now = new Date()): string {
  // Rounded: the expiry is usually computed a few milliseconds before the message.
  const minutes = Math.round((expiresAt.getTime() - now.getTime()) / MINUTE_MS);
  if (minutes < 1) throw new RangeError("linkExpiry needs an expiry at least a minute away");
  return `This link works once and expires in ${durationInWords(minutes)}, at ${utcMoment(expiresAt)}.`;
}
