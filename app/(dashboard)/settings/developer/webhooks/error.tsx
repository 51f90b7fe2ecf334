"use client";

import { LoadError } from "@/components/settings/load-error";

export default function WebhooksError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <LoadError
      title="The webhook endpoints could not be loaded"
      reassurance="Your endpoints keep receiving events"
      error={error}
      retry={retry}
    />
  );
}
