import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { TimeWithTooltip } from "@/components/settings/time-with-tooltip";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate, formatDateTime, formatRelative } from "@/lib/format";
import { maskApiKey } from "@/lib/keys/format";
import type { TeamKey } from "@/lib/keys/list-keys";
import { cn } from "@/lib/utils";
import { ExposureLocation } from "./exposure-location";
import { KeyRowActions } from "./key-row-actions";
import { KeyStatusBadge } from "./key-status-badge";
import { ScopeBadges } from "./scope-badges";
import { keySummary } from "./key-summary";
import { keyUsageHref } from "./keys-list-href";

function RelativeTime({ date, now }: { date: Date; now: Date }) {
  return <TimeWithTooltip iso={date.toISOString()} label={formatRelative(date, now)} exact={formatDateTime(date)} />;
}

/** The date itself: a 90-day key reads "Mar 1, 2027", with "in 3 months" and the time in the tooltip. */
function Expires({ apiKey, now }: { apiKey: TeamKey; now: Date }) {
  const usable = apiKey.status === "active" || apiKey.status === "expiring_soon";
  if (apiKey.replacedByLast4 && usable && apiKey.expiresAt) {
    return (
      // Wraps instead of widening the table past the page.
      <span className="inline-block max-w-56 whitespace-normal">
        Replaced by <code className="font-mono text-xs">{maskApiKey(apiKey.replacedByLast4)}</code>, stops working{" "}
        <TimeWithTooltip
          iso={apiKey.expiresAt.toISOString()}
          label={formatDateTime(apiKey.expiresAt)}
          exact={formatRelative(apiKey.expiresAt, now)}
        />
      </span>
    );
  }
  if (apiKey.expiresAt) {
    return (
      <TimeWithTooltip
        iso={apiKey.expiresAt.toISOString()}
        label={formatDate(apiKey.expiresAt)}
        exact={`${formatRelative(apiKey.expiresAt, now)} · ${formatDateTime(apiKey.expiresAt)}`}
      />
    );
  }
  return (
    <span className="inline-flex items-center gap-1.5">
      Never
      <TriangleAlert
        className="size-3.5 text-warning-foreground"
        role="img"
        aria-label="No expiration: rotate this key regularly"
      />
    </span>
  );
}

/** "Sam Lee", or "Sam Lee (former member)" once they have left the team: their keys stay, for owners to review. */
function creatorOf(apiKey: TeamKey): string | null {
  if (!apiKey.createdByName) return null;
  return apiKey.createdByFormerMember ? `${apiKey.createdByName} (former member)` : apiKey.createdByName;
}

function LastUsed({ apiKey, now }: { apiKey: TeamKey; now: Date }) {
  return apiKey.lastUsedAt ? (
    <RelativeTime date={apiKey.lastUsedAt} now={now} />
  ) : (
    <span className="text-muted-foreground">Never used</span>
  );
}

/**
 * One page of the team's keys. Narrow screens keep name, status and actions as columns and
 * fold expiry and last use under the name.
 */
export function KeysTable({ keys, canManage, now }: { keys: TeamKey[]; canManage: boolean; now: Date }) {
  return (
    <div className="rounded-lg border">
      <Table aria-label="API keys" className="[&_td]:py-3">
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead className="pl-4">Name</TableHead>
            <TableHead className="hidden md:table-cell">Scopes</TableHead>
            <TableHead className="hidden xl:table-cell">Created</TableHead>
            <TableHead className="hidden lg:table-cell">Expires</TableHead>
            <TableHead className="hidden lg:table-cell">Last used</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="w-12 pr-4">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {keys.map((apiKey) => {
            const inactive = apiKey.status === "revoked" || apiKey.status === "expired";
            const maskedKey = maskApiKey(apiKey.last4);
            const creator = creatorOf(apiKey);
            return (
              <TableRow
                key={apiKey.id}
                data-key-id={apiKey.id}
                className={cn(inactive && "bg-muted/40 text-muted-foreground")}
              >
                <TableCell className="min-w-40 pl-4 whitespace-normal">
                  <div className="grid gap-0.5">
                    <Link
                      href={keyUsageHref(apiKey.id)}
                      className="w-fit font-medium underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
                    >
                      {apiKey.name}
                    </Link>
                    <code className="font-mono text-xs text-muted-foreground">{maskedKey}</code>
                    {apiKey.createdByFormerMember ? (
                      <p className="text-xs text-muted-foreground">Created by {creator}</p>
                    ) : null}
                    {apiKey.exposedAt ? (
                      <p className="text-xs text-destructive">
                        Found in public <ExposureLocation url={apiKey.exposedUrl ?? ""} compact />{" "}
                        <RelativeTime date={apiKey.exposedAt} now={now} />
                      </p>
                    ) : null}
                    <p className="text-xs text-muted-foreground lg:hidden">
                      Expires <Expires apiKey={apiKey} now={now} /> ·{" "}
                      {apiKey.lastUsedAt ? (
                        <>
                          Last used <RelativeTime date={apiKey.lastUsedAt} now={now} />
                        </>
                      ) : (
                        "Never used"
                      )}
                    </p>
                  </div>
                </TableCell>
                <TableCell className="hidden md:table-cell">
                  <ScopeBadges scopes={apiKey.scopes} muted={inactive} />
                </TableCell>
                <TableCell className="hidden xl:table-cell">
                  <TimeWithTooltip
                    iso={apiKey.createdAt.toISOString()}
                    label={formatDate(apiKey.createdAt)}
                    exact={`${formatDateTime(apiKey.createdAt)}${creator ? ` by ${creator}` : ""}`}
                  />
                </TableCell>
                <TableCell className="hidden lg:table-cell">
                  <Expires apiKey={apiKey} now={now} />
                </TableCell>
                <TableCell className="hidden lg:table-cell">
                  <LastUsed apiKey={apiKey} now={now} />
                </TableCell>
                <TableCell>
                  <div className="flex flex-wrap gap-1">
                    <KeyStatusBadge status={apiKey.status} />
                    {apiKey.exposedAt ? <Badge variant="destructive">Exposed</Badge> : null}
                  </div>
                </TableCell>
                <TableCell className="pr-4 text-right">
                  <KeyRowActions apiKey={keySummary(apiKey, apiKey.status)} canManage={canManage} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
