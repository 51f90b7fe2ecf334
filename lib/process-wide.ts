// Kept on globalThis under a registered symbol: a dev reload evaluates modules again, and the
// app's server bundle and the process that hosts it (scripts/serve.ts) each load their own copy
// of lib/, yet they must share one database pool, one rate limiter, one set of shutdown hooks.
const slots = globalThis as typeof globalThis & { [name: symbol]: unknown };
const symbols = new Map<string, symbol>();
// Looked up on every guarded request (cache, limiter, recorder): the symbol is built once per name.
function slot(name: string): symbol {
  let symbol = symbols.get(name);
  if (!symbol) symbols.set(name, (symbol = Symbol.for(`mavio.${name}`)));
  return symbol;
}

/** The process's one `name`, made by `create` on first use. */
export function processWide<T>(name: string, create: () => T): T {
  return (slots[slot(name)] ??= create()) as T;
}

/**
 * Puts `value` in the place of the process's `name` and gives back the one it had; with
 * `undefined` the next `processWide(name, …)` makes a new one.
 */
export function replaceProcessWide<T>(name: string, value: T | undefined): T | undefined {
  const key = slot(name);
  const previous = slots[key] as T | undefined;
  slots[key] = value;
  return previous;
}
