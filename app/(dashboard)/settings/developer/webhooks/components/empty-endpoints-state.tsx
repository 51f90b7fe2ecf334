import { Webhook } from "lucide-react";

/** No endpoints yet: what webhooks are for, and the one way to add one. */
export function EmptyEndpointsState({ action }: { action: React.ReactNode }) {
  return (
    <div className="flex flex-col items-center gap-4 rounded-lg border border-dashed px-6 py-12 text-center">
      <div className="flex size-12 items-center justify-center rounded-full bg-muted">
        <Webhook className="size-6 text-muted-foreground" aria-hidden="true" />
      </div>
      <div className="grid max-w-md gap-2">
        <h3 className="font-semibold">Hear about changes as they happen</h3>
        <p className="text-sm text-muted-foreground">
          Webhooks send an HTTPS request to your server when something changes in Mavio: a meeting is created, a transcript
          is edited, an action item is completed. Instead of polling the API, your integration reacts within seconds.
          Every request is signed, and a failed delivery is retried six times over about 18 hours.
        </p>
      </div>
      {action}
    </div>
  );
}
