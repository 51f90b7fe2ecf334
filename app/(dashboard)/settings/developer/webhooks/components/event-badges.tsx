"use client";

import { Badge } from "@/components/ui/badge";
import { badgeListClass, CollapsedBadgeList } from "@/components/settings/collapsed-badge-list";
import { ALL_EVENT_TYPES } from "@/lib/webhooks/form";
import { cn } from "@/lib/utils";

/**
 * An endpoint's events as badges. Every event is one "All events" badge; beyond three, the
 * rest fold into "+N more" (listed on hover or focus). `expanded` shows them all.
 */
export function EventBadges({
  events,
  muted = false,
  expanded = false,
}: {
  events: string[];
  muted?: boolean;
  expanded?: boolean;
}) {
  if (!expanded && events.length === ALL_EVENT_TYPES.length) {
    return (
      <Badge variant="secondary" className={cn(badgeListClass(muted), "font-sans")}>
        All events ({events.length})
      </Badge>
    );
  }
  return (
    <CollapsedBadgeList
      items={events}
      label="Events"
      muted={muted}
      expanded={expanded}
      className={cn(!expanded && "max-w-72")}
    />
  );
}
