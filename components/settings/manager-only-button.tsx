"use client";

import { useId } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { cn } from "@/lib/utils";

/**
 * A management button shown to members: visibly disabled but still focusable
 * (aria-disabled, not disabled) so keyboard users can reach it and hear why.
 */
export function ManagerOnlyButton({
  reason,
  children,
  className,
  ...props
}: Omit<ButtonProps, "onClick" | "disabled"> & { reason: string }) {
  const reasonId = useId();
  return (
    <Tooltip>
      <TooltipTrigger asChild>
        <Button
          {...props}
          aria-disabled="true"
          aria-describedby={reasonId}
          className={cn("cursor-not-allowed opacity-50", className)}
          onClick={(event) => event.preventDefault()}
        >
          {children}
        </Button>
      </TooltipTrigger>
      <TooltipContent>{reason}</TooltipContent>
      <span id={reasonId} className="sr-only">
        {reason}
      </span>
    </Tooltip>
  );
}
