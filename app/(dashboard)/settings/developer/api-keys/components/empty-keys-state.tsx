import { KeyRound } from "lucide-react";

/** No keys yet: what keys are for, and the one way to make one. */
export function EmptyKeysState({ action }: { action: React.ReactNode }) {
  return (
    <div className="flex flex-col items-center gap-4 rounded-lg border border-dashed px-6 py-12 text-center">
      <div className="flex size-12 items-center justify-center rounded-full bg-muted">
        <KeyRound className="size-6 text-muted-foreground" aria-hidden="true" />
      </div>
      <div className="grid max-w-md gap-2">
        <h3 className="font-semibold">Connect Mavio to your own tools</h3>
        <p className="text-sm text-muted-foreground">
          API keys let your integrations read meetings, transcripts, notes and action items through the Mavio API. Create
          one key per integration, with only the scopes it needs, and an expiration date.
        </p>
      </div>
      {action}
    </div>
  );
}
