// One-line JSON logs. Callers pass facts, never request headers or bodies, so a key
// cannot end up here; `redact` guards the one place a key-shaped string could slip in.
import { KEY_PREFIX } from "@/lib/keys/format";

type Level = "info" | "warn" | "error";

const KEY_PATTERN = new RegExp(`${KEY_PREFIX}[0-9A-Za-z]+`, "g");

export function redact(text: string): string {
  return text.replace(KEY_PATTERN, `${KEY_PREFIX}[redacted]`);
}

function write(level: Level, message: string, fields: Record<string, unknown>) {
  const line = redact(JSON.stringify({ level, time: new Date().toISOString(), message, ...fields }));
  (level === "info" ? console.log : console.error)(line);
}

export const log = {
  info: (message: string, fields: Record<string, unknown> = {}) => write("info", message, fields),
  warn: (message: string, fields: Record<string, unknown> = {}) => write("warn", message, fields),
  error: (message: string, fields: Record<string, unknown> = {}) => write("error", message, fields),
};

const lastWarned = new Map<string, number>();

/** Logs a warning at most once per interval per topic (e.g. "Redis is down" under load). */
export function warnThrottled(
  topic: string,
  message: string,
  fields: Record<string, unknown> = {},
  intervalMs = 30_000,
) {
  const now = Date.now();
  if ((lastWarned.get(topic) ?? 0) + intervalMs > now) return;
  lastWarned.set(topic, now);
  log.warn(message, fields);
}
