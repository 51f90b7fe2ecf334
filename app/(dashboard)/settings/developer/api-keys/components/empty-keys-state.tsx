import { KeyRound } from "lucide-react";
import { EmptyState } from "@/components/settings/empty-state";

/** No keys yet: what keys are for, and the one way to make one. */
export function EmptyKeysState({ action }: { action: React.ReactNode }) {
  return (
    <EmptyState icon={KeyRound} title="Connect Mavio to your own tools" action={action}>
      API keys let your integrations read meetings, transcripts, notes and action items through the Mavio API. Create
      one key per integration, with only the scopes it needs, and an expiration date.
    </EmptyState>
  );
}
