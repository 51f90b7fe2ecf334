import { Search } from "lucide-react";
import { SegmentedLinks } from "@/components/settings/segmented-links";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { formatNumber } from "@/lib/format";
import {
  KEY_SORTS,
  KEY_STATUS_FILTERS,
  type KeyListQuery,
  type KeySort,
  type KeyStatusFilter,
} from "@/lib/keys/list-keys";
import { KEYS_PATH, keysListHref } from "./keys-list-href";

export const STATUS_LABEL: Record<KeyStatusFilter, string> = {
  all: "All",
  active: "Active",
  expiring_soon: "Expiring soon",
  expired: "Expired",
  revoked: "Revoked",
};

const SORT_LABEL: Record<KeySort, string> = { created: "Created", expires: "Expires", last_used: "Last used" };

/**
 * Search, status and sort for the keys list, as a GET form and links: the state lives in the
 * URL. "All" leaves revoked keys out; they are one click away under "Revoked".
 */
export function KeysToolbar({ query, counts }: { query: KeyListQuery; counts: Record<KeyStatusFilter, number> }) {
  return (
    <div className="grid grid-cols-1 gap-3">
      <form role="search" action={KEYS_PATH} className="flex max-w-md gap-2">
        <label htmlFor="key-search" className="sr-only">
          Search keys by name or last 4 characters
        </label>
        <div className="relative min-w-0 flex-1">
          <Search
            className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground"
            aria-hidden="true"
          />
          <Input
            id="key-search"
            type="search"
            name="q"
            defaultValue={query.q}
            placeholder="Name or last 4 characters"
            maxLength={100}
            className="pl-8"
          />
        </div>
        {query.status !== "all" ? <input type="hidden" name="status" value={query.status} /> : null}
        {query.sort !== "created" ? <input type="hidden" name="sort" value={query.sort} /> : null}
        <Button type="submit" variant="outline">
          Search
        </Button>
      </form>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SegmentedLinks
          label="Filter keys by status"
          links={KEY_STATUS_FILTERS.map((status) => ({
            href: keysListHref(query, { status }),
            label: (
              <>
                {STATUS_LABEL[status]}
                <span className="text-xs text-muted-foreground tabular-nums">{formatNumber(counts[status])}</span>
              </>
            ),
            active: query.status === status,
          }))}
        />
        <div className="flex items-center gap-2">
          <span className="text-sm text-muted-foreground" aria-hidden="true">
            Sort
          </span>
          <SegmentedLinks
            label="Sort keys"
            links={KEY_SORTS.map((sort) => ({
              href: keysListHref(query, { sort }),
              label: SORT_LABEL[sort],
              active: query.sort === sort,
            }))}
          />
        </div>
      </div>
    </div>
  );
}
