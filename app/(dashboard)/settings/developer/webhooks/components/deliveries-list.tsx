"use client";

import { ChevronRight, RotateCw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { TimeWithTooltip } from "@/components/settings/time-with-tooltip";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { Page } from "@/lib/http/wire-schemas";
import { formatDateTime, formatRelative } from "@/lib/format";
import type { WebhookDeliveryResource } from "@/lib/webhooks/schemas";
import { cn } from "@/lib/utils";
import { loadWebhookDeliveriesAction } from "../actions";
import { DeliveryStatusBadge } from "./delivery-status-badge";

type Delivery = WebhookDeliveryResource;
type Attempt = Delivery["attempts"][number];

const UNEXPECTED_ERROR = "The next deliveries could not be loaded. Try again in a moment.";
/** While a delivery is about to be attempted, the list refreshes itself this often... */
const AUTO_REFRESH_MS = 2_000;
/** ...for at most this many times in a row. */
const AUTO_REFRESH_LIMIT = 30;
/** "About to be attempted": queued, or the next retry within this long. */
const SOON_MS = 30_000;

function Time({ iso, now }: { iso: string; now: Date }) {
  const date = new Date(iso);
  return <TimeWithTooltip iso={iso} label={formatRelative(date, now)} exact={formatDateTime(date)} />;
}

/** When the next attempt is due: relative, except within the minute ("just now" would read as past). */
function RetryTime({ iso, now }: { iso: string; now: Date }) {
  const date = new Date(iso);
  const wait = date.getTime() - now.getTime();
  const label = wait <= 0 ? "any moment now" : wait < 60_000 ? "in under a minute" : formatRelative(date, now);
  return <TimeWithTooltip iso={iso} label={label} exact={formatDateTime(date)} />;
}

function plural(count: number, one: string, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

function ResponseBadge({ attempt }: { attempt: Attempt }) {
  if (attempt.status_code === null) return <Badge variant="outline">No response</Badge>;
  const ok = attempt.status_code >= 200 && attempt.status_code < 300;
  return <Badge variant={ok ? "success" : "destructive"}>HTTP {attempt.status_code}</Badge>;
}

/** What happens next: the retry time while pending, how it ended otherwise. */
function Outcome({ delivery, now }: { delivery: Delivery; now: Date }) {
  if (delivery.status === "pending") {
    if (delivery.attempt_count === 0) return <span>Queued for its first attempt</span>;
    return delivery.next_attempt_at ? (
      <span>
        Next retry <RetryTime iso={delivery.next_attempt_at} now={now} />
      </span>
    ) : (
      <span>Retrying</span>
    );
  }
  if (delivery.status === "succeeded") return <span>Delivered after {plural(delivery.attempt_count, "attempt")}</span>;
  return delivery.attempt_count === 0 ? (
    <span>Cancelled before any attempt</span>
  ) : (
    <span>No more retries after {plural(delivery.attempt_count, "attempt")}</span>
  );
}

function AttemptRow({ attempt, index, now }: { attempt: Attempt; index: number; now: Date }) {
  return (
    <li className="grid gap-1 py-2 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
        <span className="font-medium">Attempt {index + 1}</span>
        <ResponseBadge attempt={attempt} />
        <span className="text-muted-foreground">{attempt.duration_ms} ms</span>
        <span className="text-muted-foreground">
          <Time iso={attempt.attempted_at} now={now} />
        </span>
      </div>
      {attempt.error ? <p className="text-xs break-words text-destructive">{attempt.error}</p> : null}
      {attempt.response_body ? (
        <pre className="max-h-24 overflow-auto rounded border bg-muted px-2 py-1 font-mono text-[11px] break-all whitespace-pre-wrap text-muted-foreground">
          {attempt.response_body}
        </pre>
      ) : null}
    </li>
  );
}

function DeliveryItem({ delivery, now }: { delivery: Delivery; now: Date }) {
  const last = delivery.attempts.at(-1);
  return (
    <li className="grid gap-2 px-4 py-3" data-delivery-id={delivery.id}>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <div className="flex min-w-0 flex-wrap items-center gap-2">
          <DeliveryStatusBadge status={delivery.status} />
          <code className="font-mono text-[13px] font-medium">{delivery.event_type}</code>
        </div>
        <span className="text-xs text-muted-foreground">
          <Time iso={delivery.created_at} now={now} />
        </span>
      </div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
        <span>
          <span className="sr-only">Event id </span>
          <code className="font-mono break-all">{delivery.event_id}</code>
        </span>
        {last ? (
          <span className="inline-flex items-center gap-1.5">
            Last attempt <ResponseBadge attempt={last} /> {last.duration_ms} ms
          </span>
        ) : null}
        <Outcome delivery={delivery} now={now} />
      </div>
      {last?.error ? <p className="text-xs break-words text-destructive">{last.error}</p> : null}
      {delivery.attempts.length ? (
        <details className="group text-sm">
          <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded-sm text-xs font-medium text-muted-foreground hover:text-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring [&::-webkit-details-marker]:hidden">
            <ChevronRight className="size-3.5 transition-transform group-open:rotate-90" aria-hidden="true" />
            {plural(delivery.attempts.length, "attempt")}
          </summary>
          <ol className="mt-2 ml-1.5 divide-y border-l pl-4" aria-label={`Attempts of ${delivery.event_id}`}>
            {delivery.attempts.map((attempt, index) => (
              <AttemptRow key={attempt.attempted_at + index} attempt={attempt} index={index} now={now} />
            ))}
          </ol>
        </details>
      ) : null}
    </li>
  );
}

/** Re-renders the page every few seconds while a delivery is about to be attempted, so its result shows up. */
function useRefreshWhileDue(deliveries: Delivery[], now: Date) {
  const router = useRouter();
  const refreshes = useRef(0);
  const due = deliveries.some(
    (delivery) =>
      delivery.status === "pending" &&
      (delivery.attempt_count === 0 ||
        (delivery.next_attempt_at !== null && new Date(delivery.next_attempt_at).getTime() - now.getTime() < SOON_MS)),
  );
  useEffect(() => {
    if (!due || refreshes.current >= AUTO_REFRESH_LIMIT) return;
    const timer = setTimeout(() => {
      refreshes.current += 1;
      router.refresh();
    }, AUTO_REFRESH_MS);
    return () => clearTimeout(timer);
  }, [due, deliveries, router]);
}

/**
 * An endpoint's deliveries, newest first: the first page from the server, "Load more" for
 * the next ones. Give it a `key` that changes with the first page, so a refresh starts over.
 */
export function DeliveriesList({
  endpointId,
  status,
  initial,
  nowIso,
}: {
  endpointId: string;
  status: Delivery["status"] | undefined;
  initial: Page<Delivery>;
  nowIso: string;
}) {
  const router = useRouter();
  const now = new Date(nowIso);
  const [more, setMore] = useState<Delivery[]>([]);
  const [cursor, setCursor] = useState(initial.has_more ? initial.next_cursor : null);
  const [error, setError] = useState<string>();
  const [loading, startLoading] = useTransition();
  const [refreshing, startRefreshing] = useTransition();
  useRefreshWhileDue(initial.data, now);

  function loadMore() {
    if (!cursor) return;
    setError(undefined);
    startLoading(async () => {
      try {
        const result = await loadWebhookDeliveriesAction({ endpointId, cursor, status });
        if (!result.ok) return setError(result.formError);
        const seen = new Set([...initial.data, ...more].map((delivery) => delivery.id));
        setMore([...more, ...result.page.data.filter((delivery) => !seen.has(delivery.id))]);
        setCursor(result.page.has_more ? result.page.next_cursor : null);
      } catch {
        setError(UNEXPECTED_ERROR);
      }
    });
  }

  const deliveries = [...initial.data, ...more];
  return (
    <div className="grid gap-3">
      <div className="flex items-center justify-between gap-2 px-6">
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {deliveries.length
            ? cursor
              ? `The newest ${deliveries.length} deliveries`
              : plural(deliveries.length, "delivery", "deliveries")
            : null}
        </p>
        <Button
          variant="outline"
          size="sm"
          onClick={() => startRefreshing(() => router.refresh())}
          disabled={refreshing}
        >
          <RotateCw className={cn(refreshing && "motion-safe:animate-spin")} aria-hidden="true" />
          {refreshing ? "Refreshing…" : "Refresh"}
        </Button>
      </div>
      {deliveries.length ? (
        <ul aria-label="Deliveries" className="divide-y border-t">
          {deliveries.map((delivery) => (
            <DeliveryItem key={delivery.id} delivery={delivery} now={now} />
          ))}
        </ul>
      ) : (
        <p className="mx-6 rounded-lg border border-dashed py-10 text-center text-sm text-muted-foreground">
          {status
            ? `No ${status} deliveries.`
            : "No deliveries yet. They appear here within seconds of an event, or of a test event."}
        </p>
      )}
      {error ? (
        <Alert variant="destructive" className="mx-6 w-auto">
          <AlertDescription>{error}</AlertDescription>
        </Alert>
      ) : null}
      {cursor ? (
        <div className="flex justify-center px-6">
          <Button variant="outline" onClick={loadMore} disabled={loading}>
            {loading ? "Loading…" : "Load more"}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
