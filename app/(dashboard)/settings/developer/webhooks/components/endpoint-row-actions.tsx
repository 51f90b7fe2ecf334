"use client";

import { ListChecks, MoreHorizontal, Power, PowerOff, Send, Trash2 } from "lucide-react";
import Link from "next/link";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { WEBHOOKS_MANAGER_ONLY_REASON } from "@/lib/webhooks/form";
import type { WebhookEndpointResource } from "@/lib/webhooks/schemas";
import { focusAddEndpointButton } from "./add-endpoint-dialog";
import { DeleteEndpointDialog } from "./delete-endpoint-dialog";
import { DisableEndpointDialog } from "./disable-endpoint-dialog";
import { useEndpointCommands } from "./use-endpoint-commands";

/** The three-dot menu of one endpoint: details and deliveries, test event, enable or disable, delete. */
export function EndpointRowActions({
  endpoint,
  href,
  canManage,
}: {
  endpoint: Pick<WebhookEndpointResource, "id" | "url" | "status">;
  href: string;
  canManage: boolean;
}) {
  const [dialog, setDialog] = useState<"disable" | "delete" | null>(null);
  const { pending, sendTestEvent, enable } = useEndpointCommands(endpoint.id);
  const trigger = useRef<HTMLButtonElement>(null);
  const returnFocusToMenu = (event: Event) => {
    event.preventDefault();
    // After a delete the row is gone: the page's "Add endpoint" button is the next best place.
    if (trigger.current?.isConnected) trigger.current.focus();
    else focusAddEndpointButton();
  };

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button
            ref={trigger}
            variant="ghost"
            size="icon"
            className="size-8"
            aria-label={`Actions for ${endpoint.url}`}
          >
            <MoreHorizontal aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-56">
          <DropdownMenuItem asChild>
            <Link href={href}>
              <ListChecks aria-hidden="true" />
              Details and deliveries
            </Link>
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem disabled={!canManage || pending} onSelect={sendTestEvent}>
            <Send aria-hidden="true" />
            Send test event
          </DropdownMenuItem>
          {endpoint.status === "enabled" ? (
            <DropdownMenuItem disabled={!canManage} onSelect={() => setDialog("disable")}>
              <PowerOff aria-hidden="true" />
              Disable
            </DropdownMenuItem>
          ) : (
            <DropdownMenuItem disabled={!canManage || pending} onSelect={enable}>
              <Power aria-hidden="true" />
              Enable
            </DropdownMenuItem>
          )}
          <DropdownMenuItem variant="destructive" disabled={!canManage} onSelect={() => setDialog("delete")}>
            <Trash2 aria-hidden="true" />
            Delete
          </DropdownMenuItem>
          {canManage ? null : (
            <DropdownMenuLabel className="max-w-56 text-xs font-normal text-muted-foreground">
              {WEBHOOKS_MANAGER_ONLY_REASON}
            </DropdownMenuLabel>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      {canManage ? (
        <>
          <DisableEndpointDialog
            endpoint={endpoint}
            open={dialog === "disable"}
            onOpenChange={(open) => setDialog(open ? "disable" : null)}
            onCloseAutoFocus={returnFocusToMenu}
          />
          <DeleteEndpointDialog
            endpoint={endpoint}
            open={dialog === "delete"}
            onOpenChange={(open) => setDialog(open ? "delete" : null)}
            onCloseAutoFocus={returnFocusToMenu}
          />
        </>
      ) : null}
    </>
  );
}
