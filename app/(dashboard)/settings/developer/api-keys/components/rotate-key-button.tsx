"use client";

import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { RotatedKeySummary } from "@/lib/keys/key-row";
import { useOpenRotateKey } from "./key-row-actions";

/** Rotate, right where a key is named as expiring. */
export function RotateKeyButton({ apiKey }: { apiKey: RotatedKeySummary }) {
  const openRotate = useOpenRotateKey();
  return (
    <Button
      type="button"
      size="sm"
      variant="outline"
      aria-haspopup="dialog"
      aria-label={`Rotate ${apiKey.name}, key ending ${apiKey.last4}`}
      onClick={(event) => openRotate(apiKey, event.currentTarget)}
    >
      <RefreshCw aria-hidden="true" />
      Rotate
    </Button>
  );
}
