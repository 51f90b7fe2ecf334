"use client";

import { Badge } from "@/components/ui/badge";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { cn } from "@/lib/utils";

const SHOWN_WHEN_COLLAPSED = 2;

/** A key's scopes as badges; beyond three, the rest fold into "+N more" (listed on hover or focus). */
export function ScopeBadges({ scopes, muted = false }: { scopes: string[]; muted?: boolean }) {
  const collapse = scopes.length > SHOWN_WHEN_COLLAPSED + 1;
  const shown = collapse ? scopes.slice(0, SHOWN_WHEN_COLLAPSED) : scopes;
  const folded = scopes.slice(shown.length);
  const badgeClass = cn("font-mono text-[11px] font-normal", muted && "text-muted-foreground");
  return (
    <ul className="flex max-w-64 flex-wrap gap-1" aria-label="Scopes">
      {shown.map((scope) => (
        <li key={scope}>
          <Badge variant="outline" className={badgeClass}>
            {scope}
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
                {folded.map((scope) => (
                  <li key={scope}>{scope}</li>
                ))}
              </ul>
            </TooltipContent>
          </Tooltip>
        </li>
      ) : null}
    </ul>
  );
}
