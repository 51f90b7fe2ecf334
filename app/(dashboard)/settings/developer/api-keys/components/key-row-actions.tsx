"use client";

import { BarChart3, Ban, MoreHorizontal, RefreshCw } from "lucide-react";
import Link from "next/link";
import { useRef, useState } from "react";
import { useOpenHostedDialog } from "@/components/settings/dialog-host";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { KeyStatus } from "@/lib/keys/status";
import { MANAGER_ONLY_REASON } from "./manager-only-reason";
import { RevokeKeyDialog } from "./revoke-key-dialog";
import { RotateKeyFlow } from "./rotate-key-flow";
import { CREATE_KEY_OPENER } from "./create-key-dialog";

/** What a row's menu and dialogs need to know about its key (never the secret: it no longer exists). */
export interface KeyRowSummary {
  id: string;
  name: string;
  last4: string;
  maskedKey: string;
  status: KeyStatus;
  usageHref: string;
}

/** The three-dot menu of one key: View usage, Rotate, Revoke. */
export function KeyRowActions({ apiKey, canManage }: { apiKey: KeyRowSummary; canManage: boolean }) {
  const [revoking, setRevoking] = useState(false);
  const openDialog = useOpenHostedDialog();
  const trigger = useRef<HTMLButtonElement>(null);
  const usable = apiKey.status === "active" || apiKey.status === "expiring_soon";
  const returnFocusToMenu = (event: Event) => {
    event.preventDefault();
    trigger.current?.focus();
  };

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button ref={trigger} data-dialog-opener={`key-actions-${apiKey.id}`} variant="ghost" size="icon" className="size-8" aria-label={`Actions for ${apiKey.name}, key ending ${apiKey.last4}`}>
            <MoreHorizontal aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-56">
          <DropdownMenuItem asChild>
            <Link href={apiKey.usageHref}>
              <BarChart3 aria-hidden="true" />
              View usage
            </Link>
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem disabled={!canManage || !usable} onSelect={() =>
              // The host outlives this row, which may leave the list once the key is rotated.
              openDialog({ content: <RotateKeyFlow apiKey={apiKey} />, className: "sm:max-w-xl", opener: trigger.current, fallbackOpener: CREATE_KEY_OPENER })
            }>
            <RefreshCw aria-hidden="true" />
            Rotate
          </DropdownMenuItem>
          <DropdownMenuItem variant="destructive" disabled={!canManage || apiKey.status === "revoked"} onSelect={() => setRevoking(true)}>
            <Ban aria-hidden="true" />
            Revoke
          </DropdownMenuItem>
          {canManage ? null : <DropdownMenuLabel className="max-w-56 text-xs font-normal text-muted-foreground">{MANAGER_ONLY_REASON}</DropdownMenuLabel>}
        </DropdownMenuContent>
      </DropdownMenu>
      {canManage ? <RevokeKeyDialog apiKey={apiKey} open={revoking} onOpenChange={setRevoking} onCloseAutoFocus={returnFocusToMenu} /> : null}
    </>
  );
}
