import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { listAuditEvents } from "@/lib/keys/list-audit-events";
import { listTeamKeys } from "@/lib/keys/list-keys";
import { planAllowsIpAllowlist } from "@/lib/plans/plans";
import { canManageKeys, getCurrentContext } from "@/lib/teams/current-team";
import { AuditLog } from "./components/audit-log";
import { CreateKeyButton } from "./components/create-key-dialog";
import { EmptyKeysState } from "./components/empty-keys-state";
import { ExpiringKeysBanner } from "./components/expiring-keys-banner";
import { KeysTable } from "./components/keys-table";
import { MANAGER_ONLY_REASON } from "./components/manager-only-reason";

export const metadata: Metadata = { title: "API Keys" };

async function loadKeysPage(teamId: string) {
  const now = new Date();
  const [keys, events] = await Promise.all([listTeamKeys(teamId, now), listAuditEvents(teamId)]);
  return { now, keys, events, last4ById: new Map(keys.map((key) => [key.id, key.last4])) };
}

export default async function ApiKeysPage() {
  const { team, membership } = await getCurrentContext();
  const canManage = canManageKeys(membership.role);
  const { now, keys, events, last4ById } = await loadKeysPage(team.id);
  // One "Create API Key" on the page: in the header, or in the empty state when there are no keys.
  const createKey = <CreateKeyButton canManage={canManage} allowIpAllowlist={planAllowsIpAllowlist(team.plan)} />;

  // grid-cols-1 is minmax(0, 1fr): wide tables scroll in their own containers instead of widening the page on phones.
  return (
    <div className="grid grid-cols-1 gap-8">
      <div className="grid grid-cols-1 gap-4">
        <PageHeader
          title="API Keys"
          description={
            <>
              API keys let integrations call the Mavio API on behalf of {team.name}. Treat them like passwords: keep them in
              environment variables such as <code className="font-mono text-xs">MAVIO_API_KEY</code>, never in source control.
              {canManage ? null : <span className="mt-2 block">You can view keys and their usage. {MANAGER_ONLY_REASON}</span>}
            </>
          }
          actions={keys.length ? createKey : null}
        />
        <ExpiringKeysBanner keys={keys} now={now} />
      </div>
      {keys.length ? <KeysTable keys={keys} canManage={canManage} now={now} /> : <EmptyKeysState action={createKey} />}
      <AuditLog events={events} last4ById={last4ById} now={now} />
    </div>
  );
}
