import { Clock } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { formatDateTime, formatRelative } from "@/lib/format";
import { maskApiKey } from "@/lib/keys/format";
import type { ExpiringKey } from "@/lib/keys/list-keys";
import { RotateKeyButton } from "./rotate-key-button";

/**
 * Warns while any usable key stops working within seven days with nothing to replace it
 * (keys being replaced by a rotation are not named), with Rotate next to each.
 */
export function ExpiringKeysBanner({ keys, now, canManage }: { keys: ExpiringKey[]; now: Date; canManage: boolean }) {
  if (keys.length === 0) return null;
  return (
    <Alert variant="warning">
      <Clock aria-hidden="true" />
      <AlertTitle>{keys.length === 1 ? "1 key expires" : `${keys.length} keys expire`} within 7 days</AlertTitle>
      <AlertDescription>
        <ul className="grid gap-2">
          {keys.map((key) => {
            const maskedKey = maskApiKey(key.last4);
            return (
              <li key={key.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
                <span>
                  <span className="font-medium">{key.name}</span> (
                  <code className="font-mono text-xs">{maskedKey}</code>) expires{" "}
                  <span title={formatDateTime(key.expiresAt!)}>{formatRelative(key.expiresAt!, now)}</span>.
                </span>
                {canManage ? (
                  <RotateKeyButton apiKey={{ id: key.id, name: key.name, last4: key.last4, maskedKey }} />
                ) : null}
              </li>
            );
          })}
        </ul>
        <p>Rotate a key before it expires so its integration keeps working.</p>
      </AlertDescription>
    </Alert>
  );
}
