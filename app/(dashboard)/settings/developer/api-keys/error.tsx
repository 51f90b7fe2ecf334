"use client";

import { LoadError } from "@/components/settings/load-error";

export default function ApiKeysError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <LoadError
      title="The API keys could not be loaded"
      reassurance="Your keys are unaffected"
      error={error}
      retry={retry}
    />
  );
}
