"use client";

import { CollapsedBadgeList } from "@/components/settings/collapsed-badge-list";

/** A key's scopes as badges, the rest folded into "+N more" beyond three. */
export function ScopeBadges({ scopes, muted = false }: { scopes: string[]; muted?: boolean }) {
  return <CollapsedBadgeList items={scopes} label="Scopes" muted={muted} className="max-w-64" />;
}
