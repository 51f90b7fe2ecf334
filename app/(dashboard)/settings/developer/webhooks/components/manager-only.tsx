"use client";

import { useId } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { WEBHOOKS_MANAGER_ONLY_REASON } from "@/lib/webhooks/form";
import { cn } from "@/lib/utils";

/**
 * A webhook-management button shown to members: visibly disabled but still focusable
 * (aria-disabled, not disabled) so keyboard users can reach it and hear why.
 */
export function ManagerOnlyButton({ children, className, ...props }: Omit<ButtonProps, "onClick" | "disabled">) {
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
      <TooltipContent>{WEBHOOKS_MANAGER_ONLY_REASON}</TooltipContent>
      <span id={reasonId} className="sr-only">
        {WEBHOOKS_MANAGER_ONLY_REASON}
      </span>
    </Tooltip>
  );
}
