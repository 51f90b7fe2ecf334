import { TimeWithTooltip } from "@/components/settings/time-with-tooltip";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate, formatDateTime, formatRelative } from "@/lib/format";
import type { Role } from "@/lib/generated/prisma/enums";
import { hasPermission, refusalOf } from "@/lib/permissions/permissions";
import { MANAGE_OWNER_INVITATION_REFUSAL } from "@/lib/teams/invitations/invitation-errors";
import { listPendingInvitations, type PendingInvitation } from "@/lib/teams/invitations/list-pending-invitations";
import { assignableRoles } from "@/lib/teams/members/member-rules";
import { ROLE_LABEL } from "@/lib/teams/members/roles";
import { PendingInvitationsRowActions } from "./pending-invitations-row-actions";

const HEADING_ID = "pending-invitations-heading";

/** Why the viewer may not resend or cancel this invitation; null when they may. */
function refusalFor(viewerRole: Role, invitation: PendingInvitation): string | null {
  if (!hasPermission(viewerRole, "members.manage")) return refusalOf("members.manage");
  return assignableRoles(viewerRole).includes(invitation.role) ? null : MANAGE_OWNER_INVITATION_REFUSAL;
}

function Sent({ invitation, now }: { invitation: PendingInvitation; now: Date }) {
  const by = invitation.invitedBy ? ` by ${invitation.invitedBy.name}` : "";
  return (
    <TimeWithTooltip
      iso={invitation.sentAt.toISOString()}
      label={formatRelative(invitation.sentAt, now)}
      exact={`${formatDateTime(invitation.sentAt)}${by}`}
    />
  );
}

function Expires({ invitation, now }: { invitation: PendingInvitation; now: Date }) {
  const expired = invitation.expiresAt <= now;
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <TimeWithTooltip
        iso={invitation.expiresAt.toISOString()}
        label={formatDate(invitation.expiresAt)}
        exact={`${formatRelative(invitation.expiresAt, now)} · ${formatDateTime(invitation.expiresAt)}`}
      />
      {expired ? <Badge variant="warning">Expired</Badge> : null}
    </span>
  );
}

/**
 * Invitations nobody has accepted yet, with Resend and Cancel; nothing at all while there
 * are none. Narrow screens keep email, role and actions as columns and fold the rest under
 * the email.
 */
export async function PendingInvitations({ teamId, viewerRole }: { teamId: string; viewerRole: Role }) {
  const invitations = await listPendingInvitations(teamId);
  if (invitations.length === 0) return null;
  const now = new Date();
  return (
    <section aria-labelledby={HEADING_ID} className="grid grid-cols-1 gap-3">
      <h3 id={HEADING_ID} className="font-semibold">
        Pending invitations
      </h3>
      <div className="rounded-lg border">
        <Table aria-labelledby={HEADING_ID} className="[&_td]:py-3">
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead className="pl-4">Email</TableHead>
              <TableHead>Role</TableHead>
              <TableHead className="hidden lg:table-cell">Invited by</TableHead>
              <TableHead className="hidden md:table-cell">Sent</TableHead>
              <TableHead className="hidden md:table-cell">Expires</TableHead>
              <TableHead className="pr-4 text-right">
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {invitations.map((invitation) => (
              <TableRow key={invitation.id}>
                <TableCell className="pl-4 whitespace-normal">
                  <div className="grid gap-0.5">
                    <span className="font-medium break-all">{invitation.email}</span>
                    <span className="text-xs text-muted-foreground lg:hidden">
                      Invited by {invitation.invitedBy?.name ?? "a former member"}
                    </span>
                    <span className="text-xs text-muted-foreground md:hidden">
                      Sent <Sent invitation={invitation} now={now} /> · Expires{" "}
                      <Expires invitation={invitation} now={now} />
                    </span>
                  </div>
                </TableCell>
                <TableCell>
                  <Badge variant={invitation.role === "member" ? "outline" : "secondary"}>
                    {ROLE_LABEL[invitation.role]}
                  </Badge>
                </TableCell>
                <TableCell className="hidden text-muted-foreground lg:table-cell">
                  {invitation.invitedBy?.name ?? "A former member"}
                </TableCell>
                <TableCell className="hidden md:table-cell">
                  <Sent invitation={invitation} now={now} />
                </TableCell>
                <TableCell className="hidden md:table-cell">
                  <Expires invitation={invitation} now={now} />
                </TableCell>
                <TableCell className="pr-4 text-right">
                  <PendingInvitationsRowActions
                    invitation={{ id: invitation.id, email: invitation.email }}
                    refusal={refusalFor(viewerRole, invitation)}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
