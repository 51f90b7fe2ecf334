import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatNumber, formatPercent } from "@/lib/format";
import { OUTCOMES, type Outcome } from "@/lib/usage/outcomes";
import type { EndpointUsage } from "@/lib/usage/queries";
import { cn } from "@/lib/utils";
import { EndpointLabel } from "./endpoint-label";

/** A share of errors worth drawing the eye to. */
const HIGH_ERROR_RATE = 0.05;

/** Which endpoints the key calls, busiest first, with the outcomes that occur in the range. */
export function EndpointTable({
  endpoints,
  totalRequests,
  outcomes,
}: {
  endpoints: EndpointUsage[];
  totalRequests: number;
  outcomes: Outcome[];
}) {
  const columns = OUTCOMES.filter((outcome) => outcomes.includes(outcome.id));
  return (
    <Table
      containerProps={{ tabIndex: 0, role: "region", "aria-label": "Endpoint breakdown" }}
      aria-label="Endpoint breakdown"
    >
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead className="pl-6">Endpoint</TableHead>
          <TableHead className="text-right">Requests</TableHead>
          {columns.map((outcome) => (
            <TableHead key={outcome.id} className="text-right whitespace-nowrap">
              <abbr title={outcome.description} className="no-underline">
                {outcome.label}
              </abbr>
            </TableHead>
          ))}
          <TableHead className="pr-6 text-right">Error rate</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {endpoints.map((endpoint) => (
          <TableRow key={`${endpoint.method} ${endpoint.route}`}>
            <TableCell className="pl-6">
              <EndpointLabel method={endpoint.method} route={endpoint.route} />
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {formatNumber(endpoint.requests)}
              {/* The share of all requests, under the count: a column of its own left no room for seven outcomes at 1280 px. */}
              <div className="mt-1 ml-auto h-1 w-16 rounded-full bg-muted" aria-hidden="true">
                <div
                  className="h-full rounded-full bg-primary/70"
                  style={{ width: `${(endpoint.requests / Math.max(totalRequests, 1)) * 100}%` }}
                />
              </div>
            </TableCell>
            {columns.map((outcome) => (
              <TableCell
                key={outcome.id}
                className={cn("text-right tabular-nums", !endpoint.outcomes[outcome.id] && "text-muted-foreground")}
              >
                {formatNumber(endpoint.outcomes[outcome.id])}
              </TableCell>
            ))}
            <TableCell
              className={cn(
                "pr-6 text-right tabular-nums",
                endpoint.errorRate >= HIGH_ERROR_RATE && "font-medium text-destructive",
              )}
            >
              {formatPercent(endpoint.errorRate)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
