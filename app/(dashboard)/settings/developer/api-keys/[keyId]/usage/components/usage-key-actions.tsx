"use client";

import { Ban, RefreshCw } from "lucide-react";
import { useState } from "react";
import { ManagerOnlyButton } from "@/components/settings/manager-only-button";
import { Button } from "@/components/ui/button";
import type { KeyRowSummary } from "@/lib/keys/key-row";
import { MANAGER_ONLY_REASON } from "../../../components/manager-only-reason";
import { RevokeKeyDialog } from "../../../components/revoke-key-dialog";
import { RotateKeyButton } from "../../../components/rotate-key-button";

/**
 * Rotate and Revoke where the key's traffic is read, through the same dialogs as the list's
 * menu. Members see them disabled with the reason; a revoked key has neither.
 */
export function UsageKeyActions({ apiKey, canManage }: { apiKey: KeyRowSummary; canManage: boolean }) {
  const [revoking, setRevoking] = useState(false);
  if (apiKey.status === "revoked") return null;
  const rotatable = apiKey.status === "active" || apiKey.status === "expiring_soon";
  const names = `${apiKey.name}, key ending ${apiKey.last4}`;

  if (!canManage) {
    return (
      <div className="flex flex-wrap gap-2">
        {rotatable ? (
          <ManagerOnlyButton reason={MANAGER_ONLY_REASON} size="sm" variant="outline" aria-label={`Rotate ${names}`}>
            <RefreshCw aria-hidden="true" />
            Rotate
          </ManagerOnlyButton>
        ) : null}
        <ManagerOnlyButton reason={MANAGER_ONLY_REASON} size="sm" variant="outline" aria-label={`Revoke ${names}`}>
          <Ban aria-hidden="true" />
          Revoke
        </ManagerOnlyButton>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap gap-2">
      {rotatable ? <RotateKeyButton apiKey={apiKey} /> : null}
      <Button
        type="button"
        size="sm"
        variant="outline"
        className="text-destructive hover:text-destructive"
        aria-haspopup="dialog"
        aria-label={`Revoke ${names}`}
        onClick={() => setRevoking(true)}
      >
        <Ban aria-hidden="true" />
        Revoke
      </Button>
      <RevokeKeyDialog apiKey={apiKey} open={revoking} onOpenChange={setRevoking} />
    </div>
  );
}
