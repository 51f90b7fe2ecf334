import type { KeyListQuery } from "@/lib/keys/list-keys";

export const KEYS_PATH = "/settings/developer/api-keys";

export const keyUsageHref = (keyId: string) => `${KEYS_PATH}/${keyId}/usage`;

/**
 * The keys page's URL for a list state: defaults are left out so links stay short, and any
 * change of search, filter or sort starts again at the first page.
 */
export function keysListHref(query: KeyListQuery, changes: Partial<KeyListQuery> = {}): string {
  const next = { ...query, cursor: undefined, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.status !== "all") params.set("status", next.status);
  if (next.sort !== "created") params.set("sort", next.sort);
  if (next.cursor) params.set("cursor", next.cursor);
  const search = params.toString();
  return search ? `${KEYS_PATH}?${search}` : KEYS_PATH;
}

/** The audit log's own place in the page's URL: one key's changes or all, a page of them. */
export function auditLogHref({ keyId, cursor }: { keyId?: string; cursor?: string }): string {
  const params = new URLSearchParams();
  if (keyId) params.set("audit_key", keyId);
  if (cursor) params.set("audit_cursor", cursor);
  const search = params.toString();
  return `${KEYS_PATH}${search ? `?${search}` : ""}#audit-log`;
}
