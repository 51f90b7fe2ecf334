// Shutdown hooks shared across module copies: the app's server bundle and the process
// that hosts it (scripts/serve.ts) each load their own copy of lib/, so the registry
// lives on globalThis.
type Hook = () => Promise<void>;

const registry = globalThis as typeof globalThis & { [key: symbol]: Hook[] | undefined };
const HOOKS = Symbol.for("mavio.shutdownHooks");

export function onShutdown(hook: Hook): void {
  (registry[HOOKS] ??= []).push(hook);
}

export async function runShutdownHooks(): Promise<void> {
  const hooks = registry[HOOKS] ?? [];
  registry[HOOKS] = [];
  await Promise.allSettled(hooks.map((hook) => hook()));
}
