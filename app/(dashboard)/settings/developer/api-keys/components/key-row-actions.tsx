"use client";

import { BarChart3, Ban, History, MoreHorizontal, Pencil, RefreshCw } from "lucide-react";
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
import type { KeyRowSummary, RotatedKeySummary } from "@/lib/keys/key-row";
import { MANAGER_ONLY_REASON } from "./manager-only-reason";
import { RenameKeyDialog } from "./rename-key-dialog";
import { RevokeKeyDialog } from "./revoke-key-dialog";
import { RotateKeyFlow } from "./rotate-key-flow";
import { CREATE_KEY_OPENER } from "./create-key-dialog";

/** Opens Rotate for a key in the page's dialog host, which outlives the row (a rotated key may leave a filtered list). */
export function useOpenRotateKey() {
  const openDialog = useOpenHostedDialog();
  return (apiKey: RotatedKeySummary, opener: HTMLElement | null) =>
    openDialog({
      content: <RotateKeyFlow apiKey={apiKey} />,
      className: "sm:max-w-xl",
      opener,
      fallbackOpener: CREATE_KEY_OPENER,
    });
}

/** The three-dot menu of one key: View usage, Audit log, Rename, Rotate, Revoke. */
export function KeyRowActions({ apiKey, canManage }: { apiKey: KeyRowSummary; canManage: boolean }) {
  const [dialog, setDialog] = useState<"rename" | "revoke" | null>(null);
  const openRotate = useOpenRotateKey();
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
          <Button
            ref={trigger}
            data-dialog-opener={`key-actions-${apiKey.id}`}
            variant="ghost"
            size="icon"
            className="size-8"
            aria-label={`Actions for ${apiKey.name}, key ending ${apiKey.last4}`}
          >
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
          <DropdownMenuItem asChild>
            <Link href={apiKey.auditHref}>
              <History aria-hidden="true" />
              Audit log
            </Link>
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem disabled={!canManage} onSelect={() => setDialog("rename")}>
            <Pencil aria-hidden="true" />
            Rename
          </DropdownMenuItem>
          <DropdownMenuItem disabled={!canManage || !usable} onSelect={() => openRotate(apiKey, trigger.current)}>
            <RefreshCw aria-hidden="true" />
            Rotate
          </DropdownMenuItem>
          <DropdownMenuItem
            variant="destructive"
            disabled={!canManage || apiKey.status === "revoked"}
            onSelect={() => setDialog("revoke")}
          >
            <Ban aria-hidden="true" />
            Revoke
          </DropdownMenuItem>
          {canManage ? null : (
            <DropdownMenuLabel className="max-w-56 text-xs font-normal text-muted-foreground">
              {MANAGER_ONLY_REASON}
            </DropdownMenuLabel>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      {canManage ? (
        <>
          <RenameKeyDialog
            apiKey={apiKey}
            open={dialog === "rename"}
            onOpenChange={(open) => setDialog(open ? "rename" : null)}
            onCloseAutoFocus={returnFocusToMenu}
          />
          <RevokeKeyDialog
            apiKey={apiKey}
            open={dialog === "revoke"}
            onOpenChange={(open) => setDialog(open ? "revoke" : null)}
            onCloseAutoFocus={returnFocusToMenu}
          />
        </>
      ) : null}
    </>
  );
}
