import { processWide, replaceProcessWide } from "./process-wide";

// Shutdown hooks shared across module copies (see lib/process-wide.ts): the process that hosts
// the app runs the hooks that the app's server bundle registered.
type Hook = () => Promise<void>;

export function onShutdown(hook: Hook): void {
  processWide<Hook[]>("shutdownHooks", () => []).push(hook);
}

export async function runShutdownHooks(): Promise<void> {
  const hooks = replaceProcessWide<Hook[]>("shutdownHooks", []) ?? [];
  await Promise.allSettled(hooks.map((hook) => hook()));
}
