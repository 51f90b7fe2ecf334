/** Shared by the usage charts. Recharts' defaults are fixed light colours; these follow the theme's tokens. */
export const AXIS_TICK = { fontSize: 12, fill: "var(--muted-foreground)" };

export const TOOLTIP_CONTENT_STYLE = {
  borderRadius: 8,
  borderColor: "var(--border)",
  backgroundColor: "var(--popover)",
  color: "var(--popover-foreground)",
  fontSize: 12,
};
