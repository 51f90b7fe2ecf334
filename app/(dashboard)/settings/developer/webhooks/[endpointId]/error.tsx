"use client";

import { LoadError } from "@/components/settings/load-error";

export default function EndpointError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <LoadError
      title="This endpoint could not be loaded"
      reassurance="Your endpoints keep receiving events"
      error={error}
      retry={retry}
    />
  );
}
