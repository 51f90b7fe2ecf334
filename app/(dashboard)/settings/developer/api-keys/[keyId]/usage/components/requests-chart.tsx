"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format";
import { OUTCOMES, type Outcome } from "@/lib/usage/outcomes";
import { AXIS_TICK, OUTCOME_COLORS, TOOLTIP_CONTENT_STYLE } from "./chart-style";
import type { LabelledUsagePoint } from "./usage-points";

/**
 * Requests per bucket, stacked by outcome (2xx, 401, 403, 404, 429, other 4xx, 5xx) with the
 * outcomes that occur in the range. Hidden from screen readers: the data table carries the numbers.
 */
export function RequestsChart({ points, outcomes }: { points: LabelledUsagePoint[]; outcomes: Outcome[] }) {
  return (
    <div aria-hidden="true">
      <BarChart
        responsive
        data={points}
        accessibilityLayer={false}
        style={{ width: "100%", height: 240 }}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
      >
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey="label" tickLine={false} axisLine={false} tick={AXIS_TICK} minTickGap={16} />
        <YAxis
          allowDecimals={false}
          tickLine={false}
          axisLine={false}
          tick={AXIS_TICK}
          width="auto"
          tickFormatter={(value: number) => formatNumber(value)}
        />
        <Tooltip
          cursor={{ fill: "var(--muted)" }}
          labelFormatter={(_, payload) => payload?.[0]?.payload?.fullLabel ?? ""}
          formatter={(value) => formatNumber(Number(value))}
          contentStyle={TOOLTIP_CONTENT_STYLE}
        />
        <Legend iconType="circle" iconSize={8} itemSorter={null} wrapperStyle={{ fontSize: 12 }} />
        {OUTCOMES.filter((outcome) => outcomes.includes(outcome.id)).map((outcome) => (
          <Bar
            key={outcome.id}
            dataKey={(point: LabelledUsagePoint) => point.outcomes[outcome.id]}
            name={outcome.label}
            stackId="requests"
            fill={OUTCOME_COLORS[outcome.id]}
          />
        ))}
      </BarChart>
    </div>
  );
}
