export const DEFAULT_LANDING = "/settings/developer/api-keys";

// Relative paths are resolved against a placeholder origin: whatever a browser would read
// as another host (`//host`, `/\host`, `/<TAB>/host`) resolves to a different origin here too.
const PLACEHOLDER_ORIGIN = "https://mavio.invalid";

// Browsers drop TAB, CR and LF from URLs, and CR/LF cannot go into a Location header.
const CONTROL_OR_WHITESPACE = /[\p{Cc}\s]/u;

/** Only paths on this site, so a crafted link cannot send people elsewhere after sign-in. */
export function safeCallbackUrl(value: string | string[] | undefined): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate?.startsWith("/") || CONTROL_OR_WHITESPACE.test(candidate)) return DEFAULT_LANDING;
  let resolved: URL;
  try {
    resolved = new URL(candidate, PLACEHOLDER_ORIGIN);
  } catch {
    return DEFAULT_LANDING;
  }
  if (resolved.origin !== PLACEHOLDER_ORIGIN) return DEFAULT_LANDING;
  return resolved.pathname + resolved.search + resolved.hash;
}
