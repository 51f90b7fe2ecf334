import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { DomainError } from "@/lib/errors/domain-error";
import { getCurrentContext } from "@/lib/auth/current-team";
import { hasPermission } from "@/lib/permissions/permissions";
import { listEndpoints } from "@/lib/webhooks/endpoints";
import { WEBHOOKS_MANAGER_ONLY_REASON } from "@/lib/webhooks/form";
import { AddEndpointButton } from "./components/add-endpoint-dialog";
import { EmptyEndpointsState } from "./components/empty-endpoints-state";
import { EndpointsTable } from "./components/endpoints-table";

export const metadata: Metadata = { title: "Webhooks" };

const WEBHOOKS_PATH = "/settings/developer/webhooks";
const PAGE_SIZE = 50;

/** One page of the team's endpoints; a cursor from another list or an old link starts over. */
async function loadEndpoints(teamId: string, cursor: string | undefined) {
  try {
    return await listEndpoints(teamId, { limit: PAGE_SIZE, cursor });
  } catch (error) {
    if (error instanceof DomainError && error.code === "invalid_request") redirect(WEBHOOKS_PATH);
    throw error;
  }
}

export default async function WebhooksPage({ searchParams }: PageProps<"/settings/developer/webhooks">) {
  const [{ team, membership }, query] = await Promise.all([getCurrentContext(), searchParams]);
  const canManage = hasPermission(membership.role, "webhooks.write");
  const cursor = typeof query.cursor === "string" ? query.cursor : undefined;
  const now = new Date();
  const page = await loadEndpoints(team.id, cursor);
  // One "Add endpoint" on the page: in the header, or in the empty state when there are none.
  const addEndpoint = <AddEndpointButton canManage={canManage} />;
  const empty = page.data.length === 0 && !cursor;

  return (
    <div className="grid grid-cols-1 gap-8">
      <PageHeader
        title="Webhooks"
        description={
          <>
            Webhooks notify your systems when something changes in {team.name}. Mavio POSTs a signed JSON event to each
            endpoint subscribed to it, and retries deliveries that fail.
            {canManage ? null : (
              <span className="mt-2 block">
                You can view endpoints and their deliveries. {WEBHOOKS_MANAGER_ONLY_REASON}
              </span>
            )}
          </>
        }
        actions={empty ? null : addEndpoint}
      />
      {empty ? (
        <EmptyEndpointsState action={addEndpoint} />
      ) : (
        <div className="grid gap-3">
          <EndpointsTable endpoints={page.data} canManage={canManage} now={now} />
          {cursor || page.has_more ? (
            <nav aria-label="Endpoint pages" className="flex justify-end gap-2">
              {cursor ? (
                <Button asChild variant="outline" size="sm">
                  <Link href={WEBHOOKS_PATH}>First page</Link>
                </Button>
              ) : null}
              {page.has_more && page.next_cursor ? (
                <Button asChild variant="outline" size="sm">
                  <Link href={`${WEBHOOKS_PATH}?cursor=${encodeURIComponent(page.next_cursor)}`}>Next page</Link>
                </Button>
              ) : null}
            </nav>
          ) : null}
        </div>
      )}
    </div>
  );
}
