import { ShieldAlert } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { formatDateTime, formatNumber } from "@/lib/format";
import { SPIKE_FACTOR, type UsageAnomaly } from "@/lib/usage/queries";

function describe(anomaly: UsageAnomaly, timeZone: string): string {
  if (anomaly.kind === "spike") {
    return `${formatNumber(anomaly.requests)} requests in the hour from ${formatDateTime(new Date(anomaly.hourStart), timeZone)}: more than ${SPIKE_FACTOR}× this key's busiest hour in the week before (${formatNumber(anomaly.baselinePeakPerHour)}).`;
  }
  return `Calls to ${anomaly.method} ${anomaly.route}, an endpoint this key had never used, since ${formatDateTime(new Date(anomaly.firstSeenAt), timeZone)} (${formatNumber(anomaly.requests)} requests).`;
}

/** What looks like a compromised key, and what to do about it, with the key's Rotate and Revoke at hand. */
export function UsageAnomalies({
  anomalies,
  actions,
  revoked,
  timeZone,
}: {
  anomalies: UsageAnomaly[];
  actions: React.ReactNode;
  revoked: boolean;
  timeZone: string;
}) {
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
              {describe(anomaly, timeZone)}
            </li>
          ))}
        </ul>
        {revoked ? (
          <p className="font-medium">The key is revoked: none of this traffic gets an answer any more.</p>
        ) : (
          <>
            <p className="font-medium">
              Revoke and rotate if you don&apos;t recognise this traffic: rotate the key, move your integration to the
              new key, and revoke this one. Revoking alone stops the traffic at once.
            </p>
            <div className="pt-1">{actions}</div>
          </>
        )}
      </AlertDescription>
    </Alert>
  );
}
