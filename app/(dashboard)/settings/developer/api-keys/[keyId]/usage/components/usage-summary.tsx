import { formatDateTime, formatNumber, formatPercent, formatRelative } from "@/lib/format";
import type { KeyUsage } from "@/lib/usage/queries";

// A card-styled <div> rather than <Card>: dt/dd must sit directly in the <dl>'s item.
function Stat({ label, value, detail }: { label: string; value: React.ReactNode; detail?: React.ReactNode }) {
  return (
    <div className="grid content-start gap-1 rounded-xl border bg-card p-4 text-card-foreground shadow-sm">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="text-2xl font-semibold tracking-tight tabular-nums">{value}</dd>
      {detail ? <dd className="text-xs text-muted-foreground">{detail}</dd> : null}
    </div>
  );
}

/** Error rate and latency are undefined without requests: both say so in the same words. */
const NO_REQUESTS = <span className="text-muted-foreground">No requests</span>;

/** Totals for the chosen range, and when the key last worked. */
export function UsageSummary({
  usage,
  rangeLabel,
  lastUsedAt,
  now,
  timeZone,
}: {
  usage: KeyUsage;
  rangeLabel: string;
  lastUsedAt: Date | null;
  now: Date;
  timeZone: string;
}) {
  const { totals } = usage;
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <Stat label="Requests" value={formatNumber(totals.requests)} detail={rangeLabel} />
      <Stat
        label="Error rate"
        value={totals.errorRate === null ? NO_REQUESTS : formatPercent(totals.errorRate)}
        detail={
          totals.errorRate === null
            ? rangeLabel
            : `${formatNumber(totals.errors)} ${totals.errors === 1 ? "error" : "errors"} (4xx/5xx)`
        }
      />
      <Stat
        label="Average latency"
        value={totals.averageLatencyMs === null ? NO_REQUESTS : `${formatNumber(totals.averageLatencyMs)} ms`}
        detail={rangeLabel}
      />
      <Stat
        label="Last used"
        value={lastUsedAt ? formatRelative(lastUsedAt, now) : "Never used"}
        detail={lastUsedAt ? formatDateTime(lastUsedAt, timeZone) : "No successful request yet"}
      />
    </dl>
  );
}
