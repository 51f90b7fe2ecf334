import { formatNumber, formatPercent } from "@/lib/format";
import { OUTCOMES, type Outcome } from "@/lib/usage/outcomes";
import type { LabelledUsagePoint } from "./usage-points";

/**
 * The charts' numbers for screen readers (and anyone reading the page's text). The sr-only
 * box is a <div> because a table ignores the 1 px width and widens the page by its content;
 * the div clips it.
 */
export function UsageChartTable({
  caption,
  points,
  period,
  outcomes,
}: {
  caption: string;
  points: LabelledUsagePoint[];
  period: string;
  outcomes: Outcome[];
}) {
  const columns = OUTCOMES.filter((outcome) => outcomes.includes(outcome.id));
  return (
    <div className="sr-only">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{period}</th>
            <th scope="col">Requests</th>
            {columns.map((outcome) => (
              <th key={outcome.id} scope="col">
                {outcome.label} ({outcome.description})
              </th>
            ))}
            <th scope="col">Error rate</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.fullLabel}>
              <th scope="row">{point.fullLabel}</th>
              <td>{formatNumber(point.requests)}</td>
              {columns.map((outcome) => (
                <td key={outcome.id}>{formatNumber(point.outcomes[outcome.id])}</td>
              ))}
              <td>{point.errorRate === null ? "No requests" : formatPercent(point.errorRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
