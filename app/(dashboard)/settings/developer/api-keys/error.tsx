"use client";

import { LoadError } from "./components/load-error";

export default function ApiKeysError({ error, retry }: { error: unknown; retry: () => void }) {
  return <LoadError title="The API keys could not be loaded" error={error} retry={retry} />;
}
