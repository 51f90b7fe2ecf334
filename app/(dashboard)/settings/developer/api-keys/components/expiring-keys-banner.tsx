import { Clock } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { formatRelative } from "@/lib/format";
import { maskApiKey } from "@/lib/keys/format";
import type { TeamKey } from "@/lib/keys/list-keys";

/** Warns while any usable key has less than seven days left. */
export function ExpiringKeysBanner({ keys, now }: { keys: TeamKey[]; now: Date }) {
  const expiring = keys.filter((key) => key.status === "expiring_soon");
  if (expiring.length === 0) return null;
  return (
    <Alert variant="warning">
      <Clock aria-hidden="true" />
      <AlertTitle>
        {expiring.length === 1 ? "1 key expires" : `${expiring.length} keys expire`} within 7 days
      </AlertTitle>
      <AlertDescription>
        <ul className="grid gap-0.5">
          {expiring.map((key) => (
            <li key={key.id}>
              <span className="font-medium">{key.name}</span> (<code className="font-mono text-xs">{maskApiKey(key.last4)}</code>) expires{" "}
              {formatRelative(key.expiresAt!, now)}.
            </li>
          ))}
        </ul>
        <p>Rotate a key before it expires so its integration keeps working.</p>
      </AlertDescription>
    </Alert>
  );
}
