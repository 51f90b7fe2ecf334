"use client";

import { LoadError } from "./components/load-error";

export default function WebhooksError({ error, retry }: { error: unknown; retry: () => void }) {
  return <LoadError title="The webhook endpoints could not be loaded" error={error} retry={retry} />;
}
