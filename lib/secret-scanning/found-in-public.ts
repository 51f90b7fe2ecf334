/** The words for where a key was found: its revocation reason, the audit log, the API Keys page. */
export function foundInPublic(url: string): string {
  return url ? `Found in public at ${url}` : "Found in public by secret scanning";
}
