/**
 * What a request's status says about it, as the usage page splits them: success, the client
 * mistakes an integration can act on one by one, the other client errors, and server errors.
 */
export const OUTCOMES = [
  { id: "2xx", label: "2xx", description: "Successful" },
  { id: "401", label: "401", description: "Key revoked or expired" },
  { id: "403", label: "403", description: "Missing scope or address not allowed" },
  { id: "404", label: "404", description: "Not found" },
  { id: "429", label: "429", description: "Rate limited" },
  { id: "4xx", label: "Other 4xx", description: "Other client errors" },
  { id: "5xx", label: "5xx", description: "Server errors" },
] as const;

export type Outcome = (typeof OUTCOMES)[number]["id"];
export type OutcomeCounts = Record<Outcome, number>;

const NAMED_CLIENT_ERRORS: ReadonlySet<number> = new Set([401, 403, 404, 429]);

/** Statuses below 400 count as successes (the API answers 2xx; rows from before codes were kept hold 200 or 300). */
export function outcomeOf(status: number): Outcome {
  if (status < 400) return "2xx";
  if (status >= 500) return "5xx";
  return NAMED_CLIENT_ERRORS.has(status) ? (String(status) as Outcome) : "4xx";
}

export function noOutcomes(): OutcomeCounts {
  return { "2xx": 0, "401": 0, "403": 0, "404": 0, "429": 0, "4xx": 0, "5xx": 0 };
}

/** Counts per status, as the queries return them, folded into outcomes. */
export function countOutcomes(byStatus: readonly { status: number; count: number }[]): OutcomeCounts {
  const counts = noOutcomes();
  for (const { status, count } of byStatus) counts[outcomeOf(status)] += count;
  return counts;
}
