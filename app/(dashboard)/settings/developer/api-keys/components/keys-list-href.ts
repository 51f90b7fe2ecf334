import type { KeyListQuery } from "@/lib/keys/list-keys";

export const KEYS_PATH = "/settings/developer/api-keys";

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
