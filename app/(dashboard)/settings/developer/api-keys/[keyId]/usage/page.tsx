import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/settings/breadcrumb";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { maskApiKey } from "@/lib/keys/format";
import { keyStatus } from "@/lib/keys/status";
import { getCurrentContext } from "@/lib/auth/current-team";
import { getKeyUsage, USAGE_RANGES, type UsageRange } from "@/lib/usage/queries";
import { KeyStatusBadge } from "../../components/key-status-badge";
import { EndpointTable } from "./components/endpoint-table";
import { ErrorRateChart } from "./components/error-rate-chart";
import { RequestsChart } from "./components/requests-chart";
import { UsageAnomalies } from "./components/usage-anomalies";
import { UsageChartTable } from "./components/usage-chart-table";
import { labelUsagePoints, presentOutcomes } from "./components/usage-points";
import { UsageRangeSwitch } from "./components/usage-range-switch";
import { UsageSummary } from "./components/usage-summary";

export const metadata: Metadata = { title: "API key usage" };

const KEYS_PATH = "/settings/developer/api-keys";

function isUsageRange(value: unknown): value is UsageRange {
  return typeof value === "string" && Object.hasOwn(USAGE_RANGES, value);
}

/** The key, if it belongs to the team being viewed (anything else is a 404, not a 403). */
function findTeamKey(teamId: string, keyId: string) {
  return db.apiKey.findFirst({
    where: { id: keyId, teamId },
    select: { id: true, name: true, last4: true, scopes: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
  });
}

async function loadUsage(teamId: string, keyId: string, range: UsageRange) {
  const now = new Date();
  const key = await findTeamKey(teamId, keyId);
  return key ? { now, key, usage: await getKeyUsage(key.id, range, now) } : null;
}

export default async function KeyUsagePage({
  params,
  searchParams,
}: PageProps<"/settings/developer/api-keys/[keyId]/usage">) {
  const [{ keyId }, query, { team }] = await Promise.all([params, searchParams, getCurrentContext()]);
  const range = isUsageRange(query.range) ? query.range : "24h";
  const loaded = await loadUsage(team.id, keyId, range);
  if (!loaded) notFound();
  const { now, key, usage } = loaded;
  const { label: rangeLabel, bucket } = USAGE_RANGES[range];
  const points = labelUsagePoints(usage.series, range);
  const per = bucket === "hour" ? "hour" : "day";
  const hasRequests = usage.totals.requests > 0;
  const outcomes = presentOutcomes([usage.totals.outcomes]);

  return (
    <div className="grid grid-cols-1 gap-6">
      <Breadcrumb steps={[{ label: "API Keys", href: KEYS_PATH }, { label: key.name }]} current="Usage" />

      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="grid gap-2">
          <h2 className="text-xl font-semibold tracking-tight">Usage</h2>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted-foreground">
            <span className="font-medium text-foreground">{key.name}</span>
            <code className="font-mono text-xs">{maskApiKey(key.last4)}</code>
            <KeyStatusBadge status={keyStatus(key, now)} />
            {key.revokedAt ? <span>Revoked {formatDate(key.revokedAt)}; its history stays here for audit.</span> : null}
          </p>
        </div>
        <UsageRangeSwitch range={range} basePath={`${KEYS_PATH}/${key.id}/usage`} />
      </div>

      <UsageAnomalies anomalies={usage.anomalies} keysHref={KEYS_PATH} />
      <UsageSummary usage={usage} rangeLabel={rangeLabel} lastUsedAt={key.lastUsedAt} now={now} />

      <Card>
        <CardHeader>
          <CardTitle>
            <h3>Request count</h3>
          </CardTitle>
          <CardDescription>
            Requests per {per} by outcome, {rangeLabel.toLowerCase()} (UTC).
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
    </div>
  );
}
