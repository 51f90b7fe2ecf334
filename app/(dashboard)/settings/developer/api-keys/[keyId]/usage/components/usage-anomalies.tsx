import { ShieldAlert } from "lucide-react";
import Link from "next/link";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { formatDateTime, formatNumber } from "@/lib/format";
import { SPIKE_FACTOR, type UsageAnomaly } from "@/lib/usage/queries";

function describe(anomaly: UsageAnomaly): string {
  if (anomaly.kind === "spike") {
    return `${formatNumber(anomaly.requests)} requests in the hour from ${formatDateTime(new Date(anomaly.hourStart))}: more than ${SPIKE_FACTOR}× this key's busiest hour in the week before (${formatNumber(anomaly.baselinePeakPerHour)}).`;
  }
  return `Calls to ${anomaly.method} ${anomaly.route}, an endpoint this key had never used, since ${formatDateTime(new Date(anomaly.firstSeenAt))} (${formatNumber(anomaly.requests)} requests).`;
}

/** What looks like a compromised key, and what to do about it. */
export function UsageAnomalies({ anomalies, keysHref }: { anomalies: UsageAnomaly[]; keysHref: string }) {
  if (anomalies.length === 0) return null;
  return (
    <Alert variant="warning">
      <ShieldAlert aria-hidden="true" />
      <AlertTitle>This key&apos;s traffic looks unusual</AlertTitle>
      <AlertDescription>
        <ul className="list-disc space-y-1 pl-4">
          {anomalies.map((anomaly) => (
            <li
              key={anomaly.kind === "spike" ? `spike-${anomaly.hourStart}` : `new-${anomaly.method}-${anomaly.route}`}
            >
              {describe(anomaly)}
            </li>
          ))}
        </ul>
        <p className="font-medium">
          Revoke and rotate if you don&apos;t recognise this traffic: rotate the key from the{" "}
          <Link href={keysHref} className="underline underline-offset-4">
            API Keys list
          </Link>
          , move your integration to the new key, and revoke this one.
        </p>
      </AlertDescription>
    </Alert>
  );
}
