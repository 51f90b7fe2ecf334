"use client";

import { LoadError } from "@/components/settings/load-error";

export default function KeyUsageError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <LoadError
      title="This key's usage could not be loaded"
      reassurance="Your keys are unaffected"
      error={error}
      retry={retry}
    />
  );
}
