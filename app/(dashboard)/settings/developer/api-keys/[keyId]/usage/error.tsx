"use client";

import { LoadError } from "../../components/load-error";

export default function KeyUsageError({ error, retry }: { error: unknown; retry: () => void }) {
  return <LoadError title="This key's usage could not be loaded" error={error} retry={retry} />;
}
