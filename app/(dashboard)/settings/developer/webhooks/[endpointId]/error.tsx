"use client";

import { LoadError } from "../components/load-error";

export default function EndpointError({ error, retry }: { error: unknown; retry: () => void }) {
  return <LoadError title="This endpoint could not be loaded" error={error} retry={retry} />;
}
