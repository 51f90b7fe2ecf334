import type { Plan } from "@/lib/generated/prisma/enums";

// Plans as data, read at request time: a plan change takes effect on the next request.
export const PLANS: Record<Plan, { label: string; requestsPerMinute: number }> = {
  free: { label: "Free", requestsPerMinute: 60 },
  pro: { label: "Pro", requestsPerMinute: 300 },
  team: { label: "Team", requestsPerMinute: 1_000 },
  enterprise: { label: "Enterprise", requestsPerMinute: 5_000 },
};

/** Enterprise teams may carry an operator-set limit; other plans use the table. */
export function requestsPerMinute(team: { plan: Plan; customRateLimit: number | null }): number {
  if (team.plan === "enterprise" && team.customRateLimit) return team.customRateLimit;
  return PLANS[team.plan].requestsPerMinute;
}

export function planAllowsIpAllowlist(plan: Plan): boolean {
  return plan === "enterprise";
}
