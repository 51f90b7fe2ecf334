"use client";

import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent } from "@/lib/format";
import { AXIS_TICK, TOOLTIP_CONTENT_STYLE } from "./chart-style";
import type { LabelledUsagePoint } from "./usage-points";

/** Axis tops whose quarters are round percentages. */
const AXIS_TOPS = [0.04, 0.08, 0.2, 0.4, 0.8, 1];

/** Share of requests answered with 4xx or 5xx per bucket; gaps where there were no requests (dots keep a lone bucket visible). */
export function ErrorRateChart({ points }: { points: LabelledUsagePoint[] }) {
  const peak = Math.max(...points.map((point) => point.errorRate ?? 0));
  const top = AXIS_TOPS.find((candidate) => candidate >= peak) ?? 1;
  return (
    <div aria-hidden="true">
      <AreaChart
        responsive
        data={points}
        accessibilityLayer={false}
        style={{ width: "100%", height: 180 }}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
      >
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey="label" tickLine={false} axisLine={false} tick={AXIS_TICK} minTickGap={16} />
        <YAxis
          domain={[0, top]}
          ticks={[0, top / 4, top / 2, (top * 3) / 4, top]}
          tickLine={false}
          axisLine={false}
          tick={AXIS_TICK}
          width="auto"
          tickFormatter={(value: number) => formatPercent(value)}
        />
        <Tooltip
          labelFormatter={(_, payload) => payload?.[0]?.payload?.fullLabel ?? ""}
          formatter={(value) => formatPercent(Number(value))}
          contentStyle={TOOLTIP_CONTENT_STYLE}
        />
        <Area
          dataKey="errorRate"
          name="Error rate"
          type="monotone"
          stroke="var(--destructive)"
          fill="var(--destructive)"
          fillOpacity={0.12}
          strokeWidth={2}
          dot={{ r: 2.5, strokeWidth: 0, fill: "var(--destructive)" }}
          connectNulls={false}
        />
      </AreaChart>
    </div>
  );
}
