"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format";
import { AXIS_TICK, TOOLTIP_CONTENT_STYLE } from "./chart-style";
import type { LabelledUsagePoint } from "./usage-points";

/** Requests per bucket, successful and failed stacked. Hidden from screen readers: the data table carries the numbers. */
export function RequestsChart({ points }: { points: LabelledUsagePoint[] }) {
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
        <Bar dataKey="successes" name="Successful" stackId="requests" fill="var(--primary)" />
        <Bar
          dataKey="errors"
          name="Errors (4xx/5xx)"
          stackId="requests"
          fill="var(--destructive)"
          radius={[3, 3, 0, 0]}
        />
      </BarChart>
    </div>
  );
}
