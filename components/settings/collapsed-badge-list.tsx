"use client";

import { Badge } from "@/components/ui/badge";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { cn } from "@/lib/utils";

const SHOWN_WHEN_COLLAPSED = 2;

// Folding only a single item would hide no more than the "+1 more" badge takes.
const MOST_SHOWN_IN_FULL = SHOWN_WHEN_COLLAPSED + 1;

/** Code-like values as badges; beyond three, the rest fold into "+N more" (listed on hover or focus). */
export function CollapsedBadgeList({
  items,
  label,
  muted = false,
  expanded = false,
  className,
}: {
  items: string[];
  /** The list's accessible name, e.g. "Scopes". */
  label: string;
  muted?: boolean;
  /** Show every item, folding none. */
  expanded?: boolean;
  className?: string;
}) {
  const collapse = !expanded && items.length > MOST_SHOWN_IN_FULL;
  const shown = collapse ? items.slice(0, SHOWN_WHEN_COLLAPSED) : items;
  const folded = items.slice(shown.length);
  const badgeClass = badgeListClass(muted);
  return (
    <ul className={cn("flex flex-wrap gap-1", className)} aria-label={label}>
      {shown.map((item) => (
        <li key={item}>
          <Badge variant="outline" className={badgeClass}>
            {item}
          </Badge>
        </li>
      ))}
      {folded.length ? (
        <li>
          <Tooltip>
            <TooltipTrigger asChild>
              <button
                type="button"
                className="rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
              >
                <Badge variant="secondary" className={cn(badgeClass, "font-sans")}>
                  +{folded.length} more<span className="sr-only">: {folded.join(", ")}</span>
                </Badge>
              </button>
            </TooltipTrigger>
            <TooltipContent>
              <ul className="grid gap-0.5 font-mono">
                {folded.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </TooltipContent>
          </Tooltip>
        </li>
      ) : null}
    </ul>
  );
}

/** The badges' text style, for a summary badge shown in place of the list. */
export function badgeListClass(muted: boolean): string {
  return cn("font-mono text-[11px] font-normal", muted && "text-muted-foreground");
}
