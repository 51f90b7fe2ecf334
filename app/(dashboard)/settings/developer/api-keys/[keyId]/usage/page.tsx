import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/settings/breadcrumb";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import { keyStatus } from "@/lib/keys/status";
import { getCurrentContext } from "@/lib/auth/current-team";
import { hasPermission } from "@/lib/permissions/permissions";
import { timeZoneChoice } from "@/lib/time-zone/preference";
import { USAGE_RANGES, type UsageRange } from "@/lib/usage/queries";
import { loadKeyUsagePage } from "@/lib/usage/key-usage-page";
import { requestLogFiltersSchema } from "@/lib/usage/request-log-query";
import { KeyStatusBadge } from "../../components/key-status-badge";
import { keySummary } from "../../components/key-summary";
import { KEYS_PATH, keyUsageHref } from "../../components/keys-list-href";
import { EndpointTable } from "./components/endpoint-table";
import { ErrorRateChart } from "./components/error-rate-chart";
import { RequestsChart } from "./components/requests-chart";
import { UsageAnomalies } from "./components/usage-anomalies";
import { UsageChartTable } from "./components/usage-chart-table";
import { labelUsagePoints, presentOutcomes } from "./components/usage-points";
import { REQUEST_LOG_ANCHOR, RequestLog } from "./components/request-log";
import { UsageRangeSwitch } from "./components/usage-range-switch";
import { UsageSummary } from "./components/usage-summary";
import { UsageKeyActions } from "./components/usage-key-actions";
import { TimeZoneSwitch } from "./components/time-zone-switch";

export const metadata: Metadata = { title: "API key usage" };

function isUsageRange(value: unknown): value is UsageRange {
  return typeof value === "string" && Object.hasOwn(USAGE_RANGES, value);
}

export default async function KeyUsagePage({
  params,
  searchParams,
}: PageProps<"/settings/developer/api-keys/[keyId]/usage">) {
  const [{ keyId }, query, { team, membership }, cookieJar] = await Promise.all([
    params,
    searchParams,
    getCurrentContext(),
    cookies(),
  ]);
  const range = isUsageRange(query.range) ? query.range : "24h";
  const logFilters = requestLogFiltersSchema.parse(query);
  const zone = timeZoneChoice(cookieJar);
  const loaded = await loadKeyUsagePage(team.id, keyId, { range, logFilters, timeZone: zone.timeZone });
  if (!loaded) notFound();
  const { now, key, usage, log, endpoints } = loaded;
  const usagePath = keyUsageHref(key.id);
  const logHref = (params: Record<string, string | undefined>) => {
    const search = new URLSearchParams({ range });
    for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
    return `${usagePath}?${search}#${REQUEST_LOG_ANCHOR}`;
  };
  const { label: rangeLabel, bucket } = USAGE_RANGES[range];
  const points = labelUsagePoints(usage.series, range, zone);
  const per = bucket === "hour" ? "hour" : "day";
  const hasRequests = usage.totals.requests > 0;
  const outcomes = presentOutcomes([usage.totals.outcomes]);
  const status = keyStatus(key, now);
  const summary = keySummary(key, status);
  const actions = <UsageKeyActions apiKey={summary} canManage={hasPermission(membership.role, "keys.write")} />;

  return (
    <div className="grid grid-cols-1 gap-6">
      <Breadcrumb steps={[{ label: "API Keys", href: KEYS_PATH }, { label: key.name }]} current="Usage" />

      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="grid gap-2">
          <h2 className="text-xl font-semibold tracking-tight">Usage</h2>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted-foreground">
            <span className="font-medium text-foreground">{key.name}</span>
            <code className="font-mono text-xs">{summary.maskedKey}</code>
            <KeyStatusBadge status={status} />
            {key.revokedAt ? <span>Revoked {formatDate(key.revokedAt)}; its history stays here for audit.</span> : null}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2 sm:justify-end">
          {actions}
          <TimeZoneSwitch mode={zone.mode} browserTimeZone={zone.browserTimeZone} />
          <UsageRangeSwitch range={range} basePath={usagePath} />
        </div>
      </div>

      <UsageAnomalies
        anomalies={usage.anomalies}
        actions={actions}
        revoked={status === "revoked"}
        timeZone={zone.timeZone}
      />
      <UsageSummary
        usage={usage}
        rangeLabel={rangeLabel}
        lastUsedAt={key.lastUsedAt}
        now={now}
        timeZone={zone.timeZone}
      />

      <Card>
        <CardHeader>
          <CardTitle>
            <h3>Request count</h3>
          </CardTitle>
          <CardDescription>
            Requests per {per} by outcome, {rangeLabel.toLowerCase()}, times in {zone.label}.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {hasRequests ? (
            <>
              <RequestsChart points={points} outcomes={outcomes} />
              <UsageChartTable
                caption={`Requests per ${per}, ${rangeLabel.toLowerCase()}`}
                period={bucket === "hour" ? "Hour" : "Day"}
                points={points}
                outcomes={outcomes}
              />
            </>
          ) : (
            <p className="rounded-lg border border-dashed py-10 text-center text-sm text-muted-foreground">
              No requests with this key in the {rangeLabel.toLowerCase()}.
            </p>
          )}
        </CardContent>
      </Card>

      {hasRequests ? (
        <Card>
          <CardHeader>
            <CardTitle>
              <h3>Error rate</h3>
            </CardTitle>
            <CardDescription>
              Share of requests answered with a 4xx or 5xx status, per {per}.
              {/* Only screen readers get the table, so only they are pointed at it. */}
              <span className="sr-only"> The request count table above has the numbers.</span>
            </CardDescription>
          </CardHeader>
          <CardContent>
            <ErrorRateChart points={points} />
          </CardContent>
        </Card>
      ) : null}

      <Card className="pb-0">
        <CardHeader>
          <CardTitle>
            <h3>Endpoints</h3>
          </CardTitle>
          <CardDescription>Which endpoints the key called, busiest first.</CardDescription>
        </CardHeader>
        {usage.endpoints.length ? (
          <div className="border-t">
            <EndpointTable endpoints={usage.endpoints} totalRequests={usage.totals.requests} outcomes={outcomes} />
          </div>
        ) : (
          <CardContent className="pb-6">
            <p className="text-sm text-muted-foreground">No endpoints called in the {rangeLabel.toLowerCase()}.</p>
          </CardContent>
        )}
      </Card>

      <Card id={REQUEST_LOG_ANCHOR} className="scroll-mt-6 pb-0">
        <CardHeader>
          <CardTitle>
            <h3>Recent requests</h3>
          </CardTitle>
          <CardDescription>
            Each request made with this key, newest first, with the request ID its response carried.
          </CardDescription>
        </CardHeader>
        <RequestLog
          page={log}
          filters={logFilters}
          endpoints={endpoints}
          pageHref={logHref}
          pageParams={{ range }}
          timeZone={zone.timeZone}
          timeZoneLabel={zone.label}
        />
      </Card>
    </div>
  );
}
