"use client";

import { useTransition } from "react";
import { toast } from "@/components/ui/toaster";
import { sendWebhookTestEventAction, setWebhookEndpointStatusAction } from "../actions";

const UNEXPECTED_ERROR = "Something went wrong on our side. Try again in a moment.";

/**
 * The one-click commands on an endpoint (no dialog): send a test event, enable. Each ends
 * in a toast; the page refreshes itself from the action's revalidation.
 */
export function useEndpointCommands(endpointId: string) {
  const [pending, startTransition] = useTransition();

  function sendTestEvent() {
    startTransition(async () => {
      try {
        const result = await sendWebhookTestEventAction({ endpointId });
        if (!result.ok) return void toast.error("Test event not sent", { description: result.formError });
        toast.success("Test event sent", {
          description: `${result.eventId} is queued; its delivery appears under Deliveries within seconds.`,
        });
      } catch {
        toast.error("Test event not sent", { description: UNEXPECTED_ERROR });
      }
    });
  }

  function enable() {
    startTransition(async () => {
      try {
        const result = await setWebhookEndpointStatusAction({ endpointId, status: "enabled" });
        if (!result.ok) return void toast.error("Endpoint not enabled", { description: result.formError });
        toast.success("Endpoint enabled", { description: "It receives new events from now on." });
      } catch {
        toast.error("Endpoint not enabled", { description: UNEXPECTED_ERROR });
      }
    });
  }

  return { pending, sendTestEvent, enable };
}
