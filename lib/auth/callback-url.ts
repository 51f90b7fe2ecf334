export const DEFAULT_LANDING = "/settings/developer/api-keys";

/** Only same-site paths, so a crafted link cannot send people elsewhere after sign-in. */
export function safeCallbackUrl(value: string | string[] | undefined): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) {
    return DEFAULT_LANDING;
  }
  return candidate;
}
