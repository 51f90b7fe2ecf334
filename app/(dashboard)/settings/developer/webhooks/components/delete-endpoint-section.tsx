"use client";

import { Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DeleteEndpointDialog } from "./delete-endpoint-dialog";
import { ManagerOnlyButton } from "@/components/settings/manager-only-button";
import { WEBHOOKS_MANAGER_ONLY_REASON } from "@/lib/webhooks/form";

/** The endpoint page's delete button; after deleting, back to the list. */
export function DeleteEndpointButton({
  endpoint,
  canManage,
}: {
  endpoint: { id: string; url: string };
  canManage: boolean;
}) {
  const [open, setOpen] = useState(false);

  if (!canManage) {
    return (
      <ManagerOnlyButton reason={WEBHOOKS_MANAGER_ONLY_REASON} variant="destructive">
        <Trash2 aria-hidden="true" />
        Delete endpoint
      </ManagerOnlyButton>
    );
  }

  return (
    <>
      <Button variant="destructive" onClick={() => setOpen(true)}>
        <Trash2 aria-hidden="true" />
        Delete endpoint
      </Button>
      <DeleteEndpointDialog endpoint={endpoint} open={open} onOpenChange={setOpen} thenOpenList />
    </>
  );
}
