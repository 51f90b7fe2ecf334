"use client";

import { Badge } from "@/components/ui/badge";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { ALL_EVENT_TYPES } from "@/lib/webhooks/form";
import { cn } from "@/lib/utils";

const SHOWN_WHEN_COLLAPSED = 2;

/**
 * An endpoint's events as badges. Every event is one "All events" badge; beyond three, the
 * rest fold into "+N more" (listed on hover or focus). `expanded` shows them all.
 */
export function EventBadges({ events, muted = false, expanded = false }: { events: string[]; muted?: boolean; expanded?: boolean }) {
  const badgeClass = cn("font-mono text-[11px] font-normal", muted && "text-muted-foreground");
  if (!expanded && events.length === ALL_EVENT_TYPES.length) {
    return (
      <Badge variant="secondary" className={cn(badgeClass, "font-sans")}>
        All events ({events.length})
      </Badge>
    );
  }
  const collapse = !expanded && events.length > SHOWN_WHEN_COLLAPSED + 1;
  const shown = collapse ? events.slice(0, SHOWN_WHEN_COLLAPSED) : events;
  const folded = events.slice(shown.length);
  return (
    <ul className={cn("flex flex-wrap gap-1", !expanded && "max-w-72")} aria-label="Events">
      {shown.map((type) => (
        <li key={type}>
          <Badge variant="outline" className={badgeClass}>
            {type}
          </Badge>
        </li>
      ))}
      {folded.length ? (
        <li>
          <Tooltip>
            <TooltipTrigger asChild>
              <button type="button" className="rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring">
                <Badge variant="secondary" className={cn(badgeClass, "font-sans")}>
                  +{folded.length} more<span className="sr-only">: {folded.join(", ")}</span>
                </Badge>
              </button>
            </TooltipTrigger>
            <TooltipContent>
              <ul className="grid gap-0.5 font-mono">
                {folded.map((type) => (
                  <li key={type}>{type}</li>
                ))}
              </ul>
            </TooltipContent>
          </Tooltip>
        </li>
      ) : null}
    </ul>
  );
}
