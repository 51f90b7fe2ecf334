import { Webhook } from "lucide-react";
import { EmptyState } from "@/components/settings/empty-state";

/** No endpoints yet: what webhooks are for, and the one way to add one. */
export function EmptyEndpointsState({ action }: { action: React.ReactNode }) {
  return (
    <EmptyState icon={Webhook} title="Hear about changes as they happen" action={action}>
      Webhooks send an HTTPS request to your server when something changes in Mavio: a meeting is created, a transcript
      is edited, an action item is completed. Instead of polling the API, your integration reacts within seconds. Every
      request is signed, and a failed delivery is retried six times over about 18 hours.
    </EmptyState>
  );
}
