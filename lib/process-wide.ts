// Kept on globalThis under a registered symbol: a dev reload evaluates modules again, and the
// app's server bundle and the process that hosts it (scripts/serve.ts) each load their own copy
// of lib/, yet they must share one database pool, one rate limiter, one set of shutdown hooks.
const slots = globalThis as typeof globalThis & { [name: symbol]: Slot | undefined };

/** The same object for every copy of this module, so a replacement reaches them all. */
interface Slot {
  value: unknown;
}

// Looked up several times a guarded request: a property of globalThis costs far more than a Map.
const known = new Map<string, Slot>();

function slot(name: string): Slot {
  let found = known.get(name);
  if (!found) {
    const symbol = Symbol.for(`mavio.${name}`);
    known.set(name, (found = slots[symbol] ??= { value: undefined }));
  }
  return found;
}

/** The process's one `name`, made by `create` on first use. */
export function processWide<T>(name: string, create: () => T): T {
  const found = slot(name);
  return (found.value ??= create()) as T;
}

/**
 * Puts `value` in the place of the process's `name` and gives back the one it had; with
 * `undefined` the next `processWide(name, …)` makes a new one.
 */
export function replaceProcessWide<T>(name: string, value: T | undefined): T | undefined {
  const found = slot(name);
  const previous = found.value as T | undefined;
  found.value = value;
  return previous;
}
