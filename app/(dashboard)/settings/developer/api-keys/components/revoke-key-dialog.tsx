"use client";

import { ConfirmActionDialog } from "@/components/settings/confirm-action-dialog";
import type { MenuDialogProps } from "@/components/settings/menu-dialog-props";
import { toast } from "@/components/ui/toaster";
import { formatRelative } from "@/lib/format";
import type { KeyRowSummary } from "@/lib/keys/key-row";
import { revokeApiKeyAction } from "../actions";

export function RevokeKeyDialog({
  apiKey,
  open,
  onOpenChange,
  onCloseAutoFocus,
}: MenuDialogProps & { apiKey: KeyRowSummary }) {
  return (
    <ConfirmActionDialog
      open={open}
      onOpenChange={onOpenChange}
      onCloseAutoFocus={onCloseAutoFocus}
      title={<>Revoke “{apiKey.name}”?</>}
      description={
        <>
          Anything using <code className="font-mono text-xs">{apiKey.maskedKey}</code> stops working on its very next
          request. This action cannot be undone.
          <span className="mt-2 block font-medium text-foreground">
            {apiKey.lastUsedAt
              ? `Last used ${formatRelative(new Date(apiKey.lastUsedAt))}: an integration may still depend on it.`
              : "Never used: no integration has called the API with it."}
          </span>
        </>
      }
      confirmLabel="Revoke"
      pendingLabel="Revoking…"
      unexpectedError="Something went wrong on our side and the key was not revoked. Try again in a moment."
      action={() => revokeApiKeyAction({ keyId: apiKey.id })}
      onConfirmed={() =>
        toast.success(`“${apiKey.name}” revoked`, { description: `${apiKey.maskedKey} no longer works.` })
      }
    />
  );
}
