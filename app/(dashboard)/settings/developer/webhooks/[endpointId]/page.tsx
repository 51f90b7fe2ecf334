import { TriangleAlert } from "lucide-react";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Breadcrumb } from "@/components/settings/breadcrumb";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DomainError } from "@/lib/errors/domain-error";
import { formatDateTime } from "@/lib/format";
import { getCurrentContext } from "@/lib/auth/current-team";
import { hasPermission } from "@/lib/permissions/permissions";
import { getEndpoint, listDeliveries, withheldEvents } from "@/lib/webhooks/endpoints";
import { DELIVERIES_PAGE_SIZE, WEBHOOKS_MANAGER_ONLY_REASON } from "@/lib/webhooks/form";
import { WEBHOOK_DELIVERY_STATUSES, type WebhookDeliveryResource } from "@/lib/webhooks/schemas";
import { DeleteEndpointButton } from "../components/delete-endpoint-section";
import { DeliveriesFilter } from "../components/deliveries-filter";
import { DeliveriesList } from "../components/deliveries-list";
import { EndpointActions } from "../components/endpoint-actions";
import { EndpointStatusBadge } from "../components/endpoint-status";
import { endpointHref } from "../components/endpoints-table";
import { EventBadges } from "../components/event-badges";
import { RotateSecretButton } from "../components/rotate-secret-flow";

export const metadata: Metadata = { title: "Webhook endpoint" };

const WEBHOOKS_PATH = "/settings/developer/webhooks";

function isDeliveryStatus(value: unknown): value is WebhookDeliveryResource["status"] {
  return typeof value === "string" && (WEBHOOK_DELIVERY_STATUSES as readonly string[]).includes(value);
}

/** The endpoint and the first page of its deliveries, if it belongs to the team being viewed (anything else is a 404). */
async function loadEndpoint(teamId: string, endpointId: string, status: WebhookDeliveryResource["status"] | undefined) {
  try {
    const [endpoint, deliveries, withheld] = await Promise.all([
      getEndpoint(teamId, endpointId),
      listDeliveries(teamId, endpointId, { limit: DELIVERIES_PAGE_SIZE, status }),
      withheldEvents(teamId, endpointId),
    ]);
    return { endpoint, deliveries, withheld };
  } catch (error) {
    if (error instanceof DomainError && error.code === "not_found") return null;
    throw error;
  }
}

function Detail({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[9rem_1fr] sm:gap-4">
      <dt className="text-sm text-muted-foreground">{term}</dt>
      <dd className="min-w-0 text-sm">{children}</dd>
    </div>
  );
}

export default async function EndpointPage({
  params,
  searchParams,
}: PageProps<"/settings/developer/webhooks/[endpointId]">) {
  const [{ endpointId }, query, { team, membership }] = await Promise.all([params, searchParams, getCurrentContext()]);
  if (query.status !== undefined && !isDeliveryStatus(query.status)) redirect(endpointHref(endpointId));
  const status = isDeliveryStatus(query.status) ? query.status : undefined;
  const loaded = await loadEndpoint(team.id, endpointId, status);
  if (!loaded) notFound();
  const { endpoint, deliveries, withheld } = loaded;
  const canManage = hasPermission(membership.role, "webhooks.write");
  const now = new Date();
  // A new first page (a new delivery, a new attempt) starts the list over.
  const deliveriesKey = [status, ...deliveries.data.map((delivery) => `${delivery.id}:${delivery.updated_at}`)].join(
    "|",
  );

  return (
    <div className="grid grid-cols-1 gap-6">
      <Breadcrumb steps={[{ label: "Webhooks", href: WEBHOOKS_PATH }]} current="Endpoint" />

      <div className="flex flex-col gap-4 lg:flex-row lg:items-start lg:justify-between">
        <div className="grid min-w-0 gap-2">
          <h2 className="font-mono text-lg font-semibold tracking-tight break-all">{endpoint.url}</h2>
          <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
            <EndpointStatusBadge status={endpoint.status} />
            {endpoint.description ? <span>{endpoint.description}</span> : null}
          </div>
          {canManage ? null : (
            <p className="text-sm text-muted-foreground">
              You can view this endpoint and its deliveries. {WEBHOOKS_MANAGER_ONLY_REASON}
            </p>
          )}
        </div>
        <div className="shrink-0">
          <EndpointActions endpoint={endpoint} canManage={canManage} />
        </div>
      </div>

      {endpoint.status === "disabled" ? (
        <Alert variant="warning">
          <TriangleAlert aria-hidden="true" />
          <AlertTitle>This endpoint is disabled</AlertTitle>
          <AlertDescription>
            {endpoint.disabled_reason ? <p>{endpoint.disabled_reason}</p> : null}
            <p>
              Mavio sends it nothing, test events included. Enable it to receive new events; events from while it was
              disabled are not sent later.
            </p>
          </AlertDescription>
        </Alert>
      ) : endpoint.failing_since ? (
        <Alert variant="warning">
          <TriangleAlert aria-hidden="true" />
          <AlertTitle>Deliveries to this endpoint are failing</AlertTitle>
          <AlertDescription>
            <p>
              Every delivery since {formatDateTime(new Date(endpoint.failing_since))} has failed. Mavio keeps retrying;
              after 5 days without a success it disables the endpoint. The attempts below show what your server
              answered.
            </p>
          </AlertDescription>
        </Alert>
      ) : null}

      {withheld.length ? (
        <Alert variant="warning">
          <TriangleAlert aria-hidden="true" />
          <AlertTitle>Some events are not sent to this endpoint</AlertTitle>
          <AlertDescription>
            <p>
              An endpoint receives only events whose data whoever subscribed it may read, and this one was subscribed
              without access to:{" "}
              {withheld.map(({ event, required_scope }) => `${event} (needs ${required_scope})`).join(", ")}.
            </p>
            <p>
              {canManage
                ? "Edit the endpoint and save its events again to subscribe it with your access."
                : "An owner or admin can restore them by saving its events again."}
            </p>
          </AlertDescription>
        </Alert>
      ) : null}

      <Card>
        <CardHeader>
          <CardTitle>
            <h3>Details</h3>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-4">
            <Detail term="Events">
              <EventBadges events={endpoint.enabled_events} expanded />
            </Detail>
            <Detail term="Description">
              {endpoint.description || <span className="text-muted-foreground">None</span>}
            </Detail>
            <Detail term="Created">{formatDateTime(new Date(endpoint.created_at))}</Detail>
            <Detail term="Last changed">{formatDateTime(new Date(endpoint.updated_at))}</Detail>
            <Detail term="Endpoint ID">
              <code className="font-mono text-xs break-all">{endpoint.id}</code>
            </Detail>
          </dl>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>
            <h3>Signing secret</h3>
          </CardTitle>
          <CardDescription>
            Every delivery is signed with this endpoint&apos;s secret (Standard Webhooks:{" "}
            <code className="font-mono text-xs">webhook-id</code>,{" "}
            <code className="font-mono text-xs">webhook-timestamp</code> and{" "}
            <code className="font-mono text-xs">webhook-signature</code> headers). The secret was shown once, when the
            endpoint was added. Rotate it if it may have leaked or you lost it: the old secret keeps signing for 24
            hours, so your receiver has time to switch.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <RotateSecretButton endpoint={endpoint} canManage={canManage} />
        </CardContent>
      </Card>

      <Card className="gap-4 pb-4">
        <CardHeader className="gap-3 sm:grid-cols-[1fr_auto]">
          <div className="grid gap-1.5">
            <CardTitle>
              <h3>Deliveries</h3>
            </CardTitle>
            <CardDescription>
              Newest first, each with every attempt. Failed attempts are retried about 5 s, 5 min, 30 min, 2 h, 5 h and
              10 h later.
            </CardDescription>
          </div>
          <DeliveriesFilter status={status} basePath={endpointHref(endpoint.id)} />
        </CardHeader>
        <DeliveriesList
          key={deliveriesKey}
          endpointId={endpoint.id}
          status={status}
          initial={deliveries}
          nowIso={now.toISOString()}
        />
      </Card>

      <Card className="border-destructive/40">
        <CardHeader>
          <CardTitle>
            <h3>Delete endpoint</h3>
          </CardTitle>
          <CardDescription>
            Stops all deliveries to this URL and deletes its delivery history. This action cannot be undone.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <DeleteEndpointButton endpoint={endpoint} canManage={canManage} />
        </CardContent>
      </Card>
    </div>
  );
}
