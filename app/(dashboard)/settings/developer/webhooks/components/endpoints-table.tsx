import Link from "next/link";
import { TimeWithTooltip } from "@/components/settings/time-with-tooltip";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate, formatDateTime } from "@/lib/format";
import type { WebhookEndpointResource } from "@/lib/webhooks/schemas";
import { cn } from "@/lib/utils";
import { EndpointRowActions } from "./endpoint-row-actions";
import { EndpointStatus } from "./endpoint-status";
import { EventBadges } from "./event-badges";

export const endpointHref = (id: string) => `/settings/developer/webhooks/${id}`;

/**
 * The team's endpoints, newest first. Narrow screens keep endpoint, status and actions as
 * columns and fold the events under the URL.
 */
export function EndpointsTable({
  endpoints,
  canManage,
  now,
}: {
  endpoints: WebhookEndpointResource[];
  canManage: boolean;
  now: Date;
}) {
  return (
    <div className="rounded-lg border">
      <Table aria-label="Webhook endpoints" className="[&_td]:py-3">
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead className="pl-4">Endpoint</TableHead>
            <TableHead className="hidden md:table-cell">Events</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="hidden lg:table-cell">Created</TableHead>
            <TableHead className="w-12 pr-4">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {endpoints.map((endpoint) => {
            const disabled = endpoint.status === "disabled";
            const created = new Date(endpoint.created_at);
            return (
              <TableRow key={endpoint.id} data-endpoint-id={endpoint.id} className={cn(disabled && "bg-muted/40")}>
                <TableCell className="min-w-44 pl-4 whitespace-normal">
                  <div className="grid gap-1">
                    <Link
                      href={endpointHref(endpoint.id)}
                      className="w-fit text-sm font-medium [overflow-wrap:anywhere] underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
                    >
                      {endpoint.url}
                    </Link>
                    {endpoint.description ? (
                      <p className="text-xs text-muted-foreground">{endpoint.description}</p>
                    ) : null}
                    <div className="md:hidden">
                      <EventBadges events={endpoint.enabled_events} muted={disabled} />
                    </div>
                  </div>
                </TableCell>
                <TableCell className="hidden md:table-cell">
                  <EventBadges events={endpoint.enabled_events} muted={disabled} />
                </TableCell>
                <TableCell className="max-w-56 whitespace-normal">
                  <EndpointStatus endpoint={endpoint} now={now} />
                </TableCell>
                <TableCell className="hidden lg:table-cell">
                  <TimeWithTooltip
                    iso={endpoint.created_at}
                    label={formatDate(created)}
                    exact={formatDateTime(created)}
                  />
                </TableCell>
                <TableCell className="pr-4 text-right">
                  <EndpointRowActions endpoint={endpoint} href={endpointHref(endpoint.id)} canManage={canManage} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
