import Link from "next/link";
import { AuditEventOrigin, AuditEventTime } from "@/components/settings/audit-log-cells";
import { AuditLogPages } from "@/components/settings/audit-log-pages";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { TeamAuditAction } from "@/lib/generated/prisma/enums";
import type { listTeamEvents } from "@/lib/teams/audit/list-team-events";
import { describeTeamEvent, TEAM_ACTION_LABEL } from "./describe-team-event";

const ACTION_VARIANT: Record<TeamAuditAction, "secondary" | "outline" | "destructive"> = {
  member_invited: "outline",
  invitation_resent: "outline",
  invitation_canceled: "outline",
  member_joined: "secondary",
  role_changed: "outline",
  member_removed: "destructive",
  member_left: "outline",
  ownership_transferred: "secondary",
  team_renamed: "outline",
};

const teamAuditLogHref = (cursor?: string) =>
  `/settings/members${cursor ? `?${new URLSearchParams({ audit_cursor: cursor })}` : ""}#team-audit-log`;

/** Who changed the team's membership and settings, when and from where; a page at a time. */
export function TeamAuditLog({
  log,
  cursor,
  now,
}: {
  log: Awaited<ReturnType<typeof listTeamEvents>>;
  cursor?: string;
  now: Date;
}) {
  const { events, nextCursor } = log;
  return (
    <section id="team-audit-log" className="grid scroll-mt-20 grid-cols-1 gap-3">
      <div className="grid gap-1">
        <h3 className="text-base font-semibold">Team audit log</h3>
        <p className="text-sm text-muted-foreground">
          Every change to who is in the team, their roles and the team&apos;s name: who made it, when, and from which
          address. Newest first. Changes to API keys are in the{" "}
          <Link
            href="/settings/developer/api-keys#audit-log"
            className="font-medium text-foreground underline underline-offset-4"
          >
            API keys audit log
          </Link>
          .
        </p>
      </div>
      {events.length === 0 ? (
        <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">
          No team changes yet.
        </p>
      ) : (
        <div className="rounded-lg border">
          <Table containerProps={{ tabIndex: 0, role: "region", "aria-label": "Team audit log" }}>
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="pl-4">Event</TableHead>
                <TableHead>From</TableHead>
                <TableHead className="pr-4 text-right">When</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {events.map((event) => {
                const { sentence, subjectEmail } = describeTeamEvent(event);
                return (
                  <TableRow key={event.id}>
                    <TableCell className="max-w-md min-w-64 pl-4 whitespace-normal">
                      <div className="flex flex-wrap items-center gap-2">
                        <Badge variant={ACTION_VARIANT[event.action]}>{TEAM_ACTION_LABEL[event.action]}</Badge>
                        <span>{sentence}</span>
                      </div>
                      {subjectEmail ? (
                        <p className="mt-1 text-xs break-all text-muted-foreground">{subjectEmail}</p>
                      ) : null}
                    </TableCell>
                    <TableCell>
                      <AuditEventOrigin ip={event.ip} userAgent={event.userAgent} />
                    </TableCell>
                    <TableCell className="pr-4 text-right">
                      <AuditEventTime at={event.createdAt} now={now} />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      <AuditLogPages
        newestHref={cursor ? teamAuditLogHref() : null}
        olderHref={nextCursor ? teamAuditLogHref(nextCursor) : null}
      />
    </section>
  );
}
