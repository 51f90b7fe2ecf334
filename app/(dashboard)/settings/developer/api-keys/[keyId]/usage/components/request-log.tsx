import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatLogTime, formatNumber } from "@/lib/format";
import { outcomeOf } from "@/lib/usage/outcomes";
import { REQUEST_STATUS_FILTERS, type RequestLogFilters, type RequestLogPage } from "@/lib/usage/request-log-query";
import { REQUEST_LOG } from "@/lib/usage/tiers";
import { OUTCOME_COLORS } from "./chart-style";
import { EndpointLabel } from "./endpoint-label";

export const REQUEST_LOG_ANCHOR = "requests";
const RETENTION_DAYS = REQUEST_LOG.retentionMs / 86_400_000;
const KEPT = `the last ${RETENTION_DAYS} days or ${formatNumber(REQUEST_LOG.slots)} requests of this key, whichever is fewer`;

export interface RequestLogView {
  page: RequestLogPage;
  filters: RequestLogFilters;
  /** The key's endpoints, for the endpoint filter: "GET /meetings". */
  endpoints: string[];
  /** The usage page's URL with what the log does not own (the range), to which the log adds its filters. */
  pageHref: (params: Record<string, string | undefined>) => string;
  /** What the log does not own, kept by the filter form: the range. */
  pageParams: Record<string, string>;
  timeZone: string;
  timeZoneLabel: string;
}

/** A UUID's first two groups are unique enough to tell rows apart; the link and its title carry the whole id. */
const SHORT_ID_LENGTH = 13;
const shortRequestId = (id: string) => (id.length > SHORT_ID_LENGTH + 3 ? `${id.slice(0, SHORT_ID_LENGTH)}…` : id);

const endpointValue = (filters: RequestLogFilters) =>
  filters.endpoint ? `${filters.endpoint.method} ${filters.endpoint.route}` : undefined;

/** A key's recent requests one by one: what an integration's developer debugs with. */
export function RequestLog({
  page,
  filters,
  endpoints,
  pageHref,
  pageParams,
  timeZone,
  timeZoneLabel,
}: RequestLogView) {
  const filtered = Boolean(filters.status || filters.endpoint || filters.request);
  const current = { status: filters.status, endpoint: endpointValue(filters), request: filters.request };
  return (
    <div className="grid gap-4">
      <RequestLogFilterForm
        filters={filters}
        endpoints={endpoints}
        pageParams={pageParams}
        clearHref={filtered ? pageHref({}) : null}
      />
      {page.requests.length ? (
        <>
          <Table
            containerProps={{ tabIndex: 0, role: "region", "aria-label": "Recent requests" }}
            aria-label={`Recent requests, times in ${timeZoneLabel}`}
          >
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="pl-6">Time ({timeZoneLabel})</TableHead>
                <TableHead>Endpoint</TableHead>
                <TableHead>Status</TableHead>
                <TableHead className="text-right">Latency</TableHead>
                <TableHead>Request ID</TableHead>
                <TableHead className="pr-6">Client IP</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {page.requests.map((request) => (
                <TableRow key={`${request.slot} ${request.at.getTime()}`}>
                  <TableCell className="pl-6 whitespace-nowrap tabular-nums">
                    <time dateTime={request.at.toISOString()}>{formatLogTime(request.at, timeZone)}</time>
                  </TableCell>
                  <TableCell>
                    <EndpointLabel method={request.method} route={request.route} />
                  </TableCell>
                  <TableCell>
                    <span className="inline-flex items-center gap-1.5 font-mono text-xs tabular-nums">
                      <span
                        className="size-2 rounded-full"
                        style={{ backgroundColor: OUTCOME_COLORS[outcomeOf(request.status)] }}
                        aria-hidden="true"
                      />
                      {request.status}
                    </span>
                  </TableCell>
                  <TableCell className="text-right whitespace-nowrap tabular-nums">
                    {formatNumber(request.latencyMs)} ms
                  </TableCell>
                  <TableCell>
                    <Link
                      href={pageHref({ request: request.requestId })}
                      scroll={false}
                      title={request.requestId}
                      className="font-mono text-xs whitespace-nowrap underline-offset-4 hover:underline"
                      aria-label={`Only request ${request.requestId}`}
                    >
                      {shortRequestId(request.requestId)}
                    </Link>
                  </TableCell>
                  <TableCell className="pr-6 font-mono text-xs">{request.clientIp}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <nav aria-label="Request log pages" className="flex items-center justify-end gap-2 px-6 pb-6">
            {filters.before ? (
              <Button asChild variant="outline" size="sm">
                <Link href={pageHref({ ...current })} scroll={false}>
                  Newest
                </Link>
              </Button>
            ) : null}
            {page.older ? (
              <Button asChild variant="outline" size="sm">
                <Link href={pageHref({ ...current, before: page.older })} scroll={false}>
                  Older requests
                </Link>
              </Button>
            ) : null}
          </nav>
        </>
      ) : (
        <p className="mx-6 mb-6 rounded-lg border border-dashed px-6 py-10 text-center text-sm text-muted-foreground">
          {filters.request
            ? `No request ${filters.request} in this key's log. The log keeps ${KEPT}.`
            : filtered
              ? "No logged requests match these filters."
              : `No requests logged yet. Requests made with this key show here within a few seconds; the log keeps ${KEPT}.`}
        </p>
      )}
    </div>
  );
}

/** A plain GET form: filters live in the URL, so a filtered log can be shared and reloaded. */
function RequestLogFilterForm({
  filters,
  endpoints,
  pageParams,
  clearHref,
}: {
  filters: RequestLogFilters;
  endpoints: string[];
  pageParams: Record<string, string>;
  clearHref: string | null;
}) {
  return (
    <form
      method="get"
      action={`#${REQUEST_LOG_ANCHOR}`}
      role="search"
      aria-label="Filter requests"
      className="flex flex-wrap items-end gap-3 px-6"
    >
      {Object.entries(pageParams).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid w-full gap-1.5 sm:w-auto">
        <Label htmlFor="request-log-status">Status</Label>
        <NativeSelect
          id="request-log-status"
          name="status"
          defaultValue={filters.status ?? ""}
          className="w-full sm:w-48"
        >
          <option value="">All statuses</option>
          {REQUEST_STATUS_FILTERS.map((filter) => (
            <option key={filter.id} value={filter.id}>
              {filter.label}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid w-full gap-1.5 sm:w-auto">
        <Label htmlFor="request-log-endpoint">Endpoint</Label>
        <NativeSelect
          id="request-log-endpoint"
          name="endpoint"
          defaultValue={endpointValue(filters) ?? ""}
          className="w-full sm:w-64"
        >
          <option value="">All endpoints</option>
          {endpoints.map((endpoint) => (
            <option key={endpoint} value={endpoint}>
              {endpoint}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid min-w-56 flex-1 gap-1.5">
        <Label htmlFor="request-log-request">Request ID</Label>
        <Input
          id="request-log-request"
          name="request"
          type="search"
          defaultValue={filters.request ?? ""}
          placeholder="From a response's X-Request-Id header"
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">
          Filter
        </Button>
        {clearHref ? (
          <Button asChild variant="ghost">
            <Link href={clearHref} scroll={false}>
              Clear
            </Link>
          </Button>
        ) : null}
      </div>
    </form>
  );
}
