import type { Outcome } from "@/lib/usage/outcomes";

/** Shared by the usage charts. Recharts' defaults are fixed light colours; these follow the theme's tokens. */
export const AXIS_TICK = { fontSize: 12, fill: "var(--muted-foreground)" };

export const TOOLTIP_CONTENT_STYLE = {
  borderRadius: 8,
  borderColor: "var(--border)",
  backgroundColor: "var(--popover)",
  color: "var(--popover-foreground)",
  fontSize: 12,
};

/** One colour per outcome, readable on light and dark cards; success takes the theme's primary. */
export const OUTCOME_COLORS: Record<Outcome, string> = {
  "2xx": "var(--primary)",
  "401": "oklch(0.7 0.16 45)",
  "403": "oklch(0.64 0.2 20)",
  "404": "oklch(0.68 0.1 240)",
  "429": "oklch(0.62 0.2 300)",
  "4xx": "var(--warning)",
  "5xx": "var(--destructive)",
};
