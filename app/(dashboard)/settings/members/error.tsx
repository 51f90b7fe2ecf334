"use client";

import { LoadError } from "@/components/settings/load-error";

export default function MembersError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <LoadError
      title="The members could not be loaded"
      reassurance="Nobody's access has changed"
      error={error}
      retry={retry}
    />
  );
}
