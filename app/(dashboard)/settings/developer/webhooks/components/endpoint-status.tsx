import { TriangleAlert } from "lucide-react";
import { TimeWithTooltip } from "@/components/settings/time-with-tooltip";
import { Badge } from "@/components/ui/badge";
import { formatDateTime, formatRelative } from "@/lib/format";
import type { WebhookEndpointResource } from "@/lib/webhooks/schemas";

type EndpointHealth = Pick<WebhookEndpointResource, "status" | "disabled_reason" | "failing_since">;

export function EndpointStatusBadge({ status }: { status: WebhookEndpointResource["status"] }) {
  return status === "enabled" ? <Badge variant="success">Enabled</Badge> : <Badge variant="outline">Disabled</Badge>;
}

/** "Failing since 3 hours ago", with the exact time on hover and for screen readers. */
export function FailingSince({ since, now }: { since: string; now: Date }) {
  const date = new Date(since);
  return (
    <span className="inline-flex items-center gap-1.5 text-warning-foreground">
      <TriangleAlert className="size-3.5 shrink-0" aria-hidden="true" />
      <span>
        Failing since <TimeWithTooltip iso={since} label={formatRelative(date, now)} exact={formatDateTime(date)} />
      </span>
    </span>
  );
}

/** The status badge with why it is disabled, or since when it has been failing. */
export function EndpointStatus({ endpoint, now }: { endpoint: EndpointHealth; now: Date }) {
  return (
    <div className="grid justify-items-start gap-1 text-xs">
      <EndpointStatusBadge status={endpoint.status} />
      {endpoint.status === "disabled" && endpoint.disabled_reason ? (
        <span className="text-muted-foreground">{endpoint.disabled_reason}</span>
      ) : null}
      {endpoint.status === "enabled" && endpoint.failing_since ? (
        <FailingSince since={endpoint.failing_since} now={now} />
      ) : null}
    </div>
  );
}
