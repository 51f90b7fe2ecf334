import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { listAuditEvents } from "@/lib/keys/list-audit-events";
import {
  countTeamKeys,
  keyListQuerySchema,
  listExpiringKeys,
  listTeamKeys,
  type KeyListQuery,
} from "@/lib/keys/list-keys";
import { planAllowsIpAllowlist } from "@/lib/plans/plans";
import { getCurrentContext } from "@/lib/auth/current-team";
import { getExposedKeyResponse, listUnacknowledgedExposures } from "@/lib/secret-scanning/exposures";
import { hasPermission } from "@/lib/permissions/permissions";
import { AuditLog } from "./components/audit-log";
import { CreateKeyButton } from "./components/create-key-dialog";
import { EmptyKeysState } from "./components/empty-keys-state";
import { ExpiringKeysBanner } from "./components/expiring-keys-banner";
import { ExposedKeysBanner } from "./components/exposed-keys-banner";
import { keysListHref } from "./components/keys-list-href";
import { KeysTable } from "./components/keys-table";
import { KeysToolbar, STATUS_LABEL } from "./components/keys-toolbar";
import { MANAGER_ONLY_REASON } from "./components/manager-only-reason";
import { SecretScanningSection } from "./components/secret-scanning-section";

export const metadata: Metadata = { title: "API Keys" };

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

async function loadKeysPage(teamId: string, query: KeyListQuery, audit: { keyId?: string; cursor?: string }) {
  const now = new Date();
  const [page, counts, expiring, auditLog, exposed, exposedKeyResponse] = await Promise.all([
    listTeamKeys(teamId, query, now),
    countTeamKeys(teamId, now),
    listExpiringKeys(teamId, now),
    listAuditEvents(teamId, audit),
    listUnacknowledgedExposures(teamId),
    getExposedKeyResponse(teamId),
  ]);
  return { now, page, counts, expiring, auditLog, exposed, exposedKeyResponse };
}

export default async function ApiKeysPage({ searchParams }: PageProps<"/settings/developer/api-keys">) {
  const [{ team, membership }, params] = await Promise.all([getCurrentContext(), searchParams]);
  const canManage = hasPermission(membership.role, "keys.write");
  const query = keyListQuerySchema.parse({
    q: single(params.q) ?? "",
    status: single(params.status),
    sort: single(params.sort),
    cursor: single(params.cursor),
  });
  const audit = { keyId: single(params.audit_key), cursor: single(params.audit_cursor) };
  const { now, page, counts, expiring, auditLog, exposed, exposedKeyResponse } = await loadKeysPage(
    team.id,
    query,
    audit,
  );
  // One "Create API Key" on the page: in the header, or in the empty state when there are no keys.
  const createKey = <CreateKeyButton canManage={canManage} allowIpAllowlist={planAllowsIpAllowlist(team.plan)} />;
  const hasKeys = counts.total > 0;

  // grid-cols-1 is minmax(0, 1fr): wide tables scroll in their own containers instead of widening the page on phones.
  return (
    <div className="grid grid-cols-1 gap-8">
      <div className="grid grid-cols-1 gap-4">
        <PageHeader
          title="API Keys"
          description={
            <>
              API keys let integrations call the Mavio API on behalf of {team.name}. Treat them like passwords: keep
              them in environment variables such as <code className="font-mono text-xs">MAVIO_API_KEY</code>, never in
              source control.
              {canManage ? null : (
                <span className="mt-2 block">You can view keys and their usage. {MANAGER_ONLY_REASON}</span>
              )}
            </>
          }
          actions={hasKeys ? createKey : null}
        />
        {canManage ? <ExposedKeysBanner exposures={exposed.exposures} total={exposed.total} now={now} /> : null}
        <ExpiringKeysBanner keys={expiring} now={now} canManage={canManage} />
      </div>
      {hasKeys ? (
        <div className="grid grid-cols-1 gap-3">
          <KeysToolbar query={query} counts={counts} />
          {page.keys.length ? (
            <KeysTable keys={page.keys} canManage={canManage} now={now} />
          ) : (
            <NoKeysMatch query={query} revoked={counts.revoked} />
          )}
          {query.cursor || page.nextCursor ? (
            <nav aria-label="Key pages" className="flex justify-end gap-2">
              {query.cursor ? (
                <Button asChild variant="outline" size="sm">
                  <Link href={keysListHref(query)}>First page</Link>
                </Button>
              ) : null}
              {page.nextCursor ? (
                <Button asChild variant="outline" size="sm">
                  <Link href={keysListHref(query, { cursor: page.nextCursor })}>Next page</Link>
                </Button>
              ) : null}
            </nav>
          ) : null}
        </div>
      ) : (
        <EmptyKeysState action={createKey} />
      )}
      <SecretScanningSection response={exposedKeyResponse} canManage={canManage} />
      <AuditLog log={auditLog} keyId={audit.keyId} cursor={audit.cursor} now={now} />
    </div>
  );
}

/** A search or filter that finds nothing says so, and how to get back to every key. */
function NoKeysMatch({ query, revoked }: { query: KeyListQuery; revoked: number }) {
  const searched = query.q ? <> matching “{query.q}”</> : null;
  return (
    <div className="grid justify-items-center gap-3 rounded-lg border border-dashed p-8 text-center text-sm">
      <p className="font-medium">
        No {query.status === "all" ? "" : `${STATUS_LABEL[query.status].toLowerCase()} `}keys{searched}.
      </p>
      <div className="flex flex-wrap justify-center gap-2">
        {query.q || query.status !== "all" ? (
          <Button asChild variant="outline" size="sm">
            <Link href={keysListHref(query, { q: "", status: "all" })}>Show all keys</Link>
          </Button>
        ) : null}
        {query.status !== "revoked" && revoked > 0 ? (
          <Button asChild variant="ghost" size="sm">
            <Link href={keysListHref(query, { status: "revoked" })}>Look among revoked keys</Link>
          </Button>
        ) : null}
      </div>
    </div>
  );
}
