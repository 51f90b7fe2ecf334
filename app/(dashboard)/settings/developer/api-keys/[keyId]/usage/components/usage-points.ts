import { formatDateTime, formatHour, formatShortDay } from "@/lib/format";
import { USAGE_RANGES, type UsagePoint, type UsageRange } from "@/lib/usage/queries";

/** One chart bucket, labelled on the server so the chart and its table agree (all UTC). */
export interface LabelledUsagePoint {
  /** Short axis label: "14:00" or "Nov 26". */
  label: string;
  /** Unambiguous label for tooltips and the data table. */
  fullLabel: string;
  requests: number;
  successes: number;
  errors: number;
  /** 0..1, or null for a bucket without requests. */
  errorRate: number | null;
}

export function labelUsagePoints(series: UsagePoint[], range: UsageRange): LabelledUsagePoint[] {
  const hourly = USAGE_RANGES[range].bucket === "hour";
  return series.map((point) => {
    const start = new Date(point.start);
    return {
      label: hourly ? formatHour(start) : formatShortDay(start),
      fullLabel: hourly ? formatDateTime(start) : formatShortDay(start),
      requests: point.requests,
      successes: point.requests - point.errors,
      errors: point.errors,
      errorRate: point.requests ? point.errors / point.requests : null,
    };
  });
}
