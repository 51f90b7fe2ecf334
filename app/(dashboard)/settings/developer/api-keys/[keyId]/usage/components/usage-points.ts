import { formatDateTime, formatHour, formatShortDay } from "@/lib/format";
import { OUTCOMES, type Outcome, type OutcomeCounts } from "@/lib/usage/outcomes";
import { USAGE_RANGES, type UsagePoint, type UsageRange } from "@/lib/usage/queries";

/** One chart bucket, labelled on the server so the chart and its table agree (in the viewer's chosen zone). */
export interface LabelledUsagePoint {
  /** Short axis label: "14:00" or "Nov 26". */
  label: string;
  /** Unambiguous label for tooltips and the data table. */
  fullLabel: string;
  requests: number;
  errors: number;
  outcomes: OutcomeCounts;
  /** 0..1, or null for a bucket without requests. */
  errorRate: number | null;
}

/** Hours name their zone as a time does ("GMT+1"), days by the zone's name. */
export function labelUsagePoints(
  series: UsagePoint[],
  range: UsageRange,
  zone: { timeZone: string; label: string },
): LabelledUsagePoint[] {
  const { timeZone } = zone;
  const hourly = USAGE_RANGES[range].bucket === "hour";
  return series.map((point) => {
    const start = new Date(point.start);
    return {
      label: hourly ? formatHour(start, timeZone) : formatShortDay(start, timeZone),
      fullLabel: hourly ? formatDateTime(start, timeZone) : `${formatShortDay(start, timeZone)} (${zone.label})`,
      requests: point.requests,
      errors: point.errors,
      outcomes: point.outcomes,
      errorRate: point.requests ? point.errors / point.requests : null,
    };
  });
}

/** The outcomes that occur in these counts, in the legend's order: a quiet key's chart is not a rainbow of zeros. */
export function presentOutcomes(counts: readonly OutcomeCounts[]): Outcome[] {
  return OUTCOMES.map((outcome) => outcome.id).filter((id) => counts.some((count) => count[id] > 0));
}
