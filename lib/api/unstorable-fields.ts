import { unstorableTextReason } from "@/lib/db/storable";

export interface FieldError {
  field: string;
  message: string;
}

// Enough to show the caller the pattern; a megabyte of NULs must not become a megabyte of errors.
const MAX_ERRORS = 10;

/** A name as it can appear in an error: an unstorable key is shown escaped (`a\u0000`). */
function printable(name: string): string {
  return unstorableTextReason(name) ? JSON.stringify(name).slice(1, -1) : name;
}

/**
 * Every string in a parsed JSON value (keys included) that PostgreSQL could not store, at
 * its dotted path (`participants.0.name`), whatever field it is in: checked once here so
 * no schema has to remember it.
 */
export function unstorableFields(value: unknown, path: string[] = [], found: FieldError[] = []): FieldError[] {
  if (found.length >= MAX_ERRORS) return found;
  if (typeof value === "string") {
    const reason = unstorableTextReason(value);
    if (reason) found.push({ field: path.join(".") || "(body)", message: reason });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => unstorableFields(item, [...path, String(index)], found));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const keyPath = [...path, printable(key)];
      const reason = unstorableTextReason(key);
      if (reason) found.push({ field: keyPath.join("."), message: `Its name: ${reason}` });
      unstorableFields(item, keyPath, found);
    }
  }
  return found.slice(0, MAX_ERRORS);
}
