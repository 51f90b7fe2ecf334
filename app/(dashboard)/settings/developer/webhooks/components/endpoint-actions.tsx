"use client";

import { Power, PowerOff, Send } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { WebhookEndpointResource } from "@/lib/webhooks/schemas";
import { DisableEndpointDialog } from "./disable-endpoint-dialog";
import { EditEndpointDialog } from "./edit-endpoint-dialog";
import { ManagerOnlyButton } from "@/components/settings/manager-only-button";
import { WEBHOOKS_MANAGER_ONLY_REASON } from "@/lib/webhooks/form";
import { useEndpointCommands } from "./use-endpoint-commands";

/** The endpoint page's header buttons: Send test event, Edit, Disable or Enable. */
export function EndpointActions({ endpoint, canManage }: { endpoint: WebhookEndpointResource; canManage: boolean }) {
  const { pending, sendTestEvent, enable } = useEndpointCommands(endpoint.id);
  const [disabling, setDisabling] = useState(false);

  if (!canManage) {
    return (
      <div className="flex flex-wrap gap-2">
        <ManagerOnlyButton reason={WEBHOOKS_MANAGER_ONLY_REASON}>
          <Send aria-hidden="true" />
          Send test event
        </ManagerOnlyButton>
        <EditEndpointDialog endpoint={endpoint} canManage={false} />
        <ManagerOnlyButton reason={WEBHOOKS_MANAGER_ONLY_REASON} variant="outline">
          {endpoint.status === "enabled" ? <PowerOff aria-hidden="true" /> : <Power aria-hidden="true" />}
          {endpoint.status === "enabled" ? "Disable" : "Enable"}
        </ManagerOnlyButton>
      </div>
    );
  }

  return (
    <div className="flex flex-wrap gap-2">
      {/* Enabled even when the endpoint is disabled: the answer explains what to do. */}
      <Button onClick={sendTestEvent} disabled={pending}>
        <Send aria-hidden="true" />
        {pending ? "Working…" : "Send test event"}
      </Button>
      <EditEndpointDialog endpoint={endpoint} canManage />
      {endpoint.status === "enabled" ? (
        <>
          <Button variant="outline" onClick={() => setDisabling(true)}>
            <PowerOff aria-hidden="true" />
            Disable
          </Button>
          <DisableEndpointDialog endpoint={endpoint} open={disabling} onOpenChange={setDisabling} />
        </>
      ) : (
        <Button variant="outline" onClick={enable} disabled={pending}>
          <Power aria-hidden="true" />
          Enable
        </Button>
      )}
    </div>
  );
}
