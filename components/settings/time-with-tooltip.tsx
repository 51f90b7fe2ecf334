"use client";

import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";

/** A relative time ("in 5 days") with the exact time on hover and for screen readers. */
export function TimeWithTooltip({ iso, label, exact }: { iso: string; label: string; exact: string }) {
  return (
    <Tooltip>
      <TooltipTrigger asChild>
        <time
          dateTime={iso}
          className="cursor-default underline decoration-current/30 decoration-dotted underline-offset-4"
        >
          {label}
          <span className="sr-only"> ({exact})</span>
        </time>
      </TooltipTrigger>
      <TooltipContent>{exact}</TooltipContent>
    </Tooltip>
  );
}
