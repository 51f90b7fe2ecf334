import { env } from "@/lib/env";

/**
 * A link into the app for an email. Built from the configured origin, never from the
 * request's Host header, which anyone can set: a reset link must not point elsewhere.
 */
export function appUrl(path: string, query: Record<string, string> = {}): string {
  const url = new URL(path, env().NEXTAUTH_URL ?? "http://localhost:3000");
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.toString();
}
