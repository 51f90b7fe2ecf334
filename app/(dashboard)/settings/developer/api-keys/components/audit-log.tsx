import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime, formatRelative } from "@/lib/format";
import { maskApiKey } from "@/lib/keys/format";
import { AUDIT_LOG_LIMIT, type AuditEvent } from "@/lib/keys/list-audit-events";
import { AUDIT_ACTION_LABEL, describeAuditEvent, describeUserAgent } from "./describe-audit-event";
import { TimeWithTooltip } from "./time-with-tooltip";

const ACTION_VARIANT = { created: "secondary", rotated: "outline", revoked: "destructive", expiry_changed: "outline" } as const;

/** Who created, rotated or revoked which key, when, and from where. */
export function AuditLog({ events, last4ById, now }: { events: AuditEvent[]; last4ById: Map<string, string>; now: Date }) {
  return (
    <section className="grid grid-cols-1 gap-3">
      <div className="grid gap-1">
        <h3 className="text-base font-semibold">
          Audit log
        </h3>
        <p className="text-sm text-muted-foreground">
          Every change to this team&apos;s keys: who made it, when, and from which address. Newest first, up to{" "}
          {AUDIT_LOG_LIMIT}.
        </p>
      </div>
      {events.length === 0 ? (
        <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">No key changes yet.</p>
      ) : (
        <div className="rounded-lg border">
          <Table containerProps={{ tabIndex: 0, role: "region", "aria-label": "Audit log" }}>
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="pl-4">Event</TableHead>
                <TableHead>By</TableHead>
                <TableHead>From</TableHead>
                <TableHead className="pr-4 text-right">When</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {events.map((event) => {
                const detail = describeAuditEvent(event, last4ById);
                const client = describeUserAgent(event.userAgent);
                return (
                  <TableRow key={event.id}>
                    <TableCell className="max-w-md min-w-64 pl-4 whitespace-normal">
                      <div className="flex flex-wrap items-center gap-2">
                        <Badge variant={ACTION_VARIANT[event.action]}>{AUDIT_ACTION_LABEL[event.action]}</Badge>
                        <span className="font-medium">{event.key.name}</span>
                        <code className="font-mono text-xs text-muted-foreground">{maskApiKey(event.key.last4)}</code>
                      </div>
                      {detail ? <p className="mt-1 text-xs text-muted-foreground">{detail}</p> : null}
                    </TableCell>
                    <TableCell>
                      {event.actor ? (
                        <span title={event.actor.email}>{event.actor.name}</span>
                      ) : (
                        <span className="text-muted-foreground">Mavio operator</span>
                      )}
                    </TableCell>
                    <TableCell>
                      <div className="grid">
                        <code className="font-mono text-xs">{event.ip ?? "Unknown address"}</code>
                        {client ? <span className="text-xs text-muted-foreground">{client}</span> : null}
                      </div>
                    </TableCell>
                    <TableCell className="pr-4 text-right">
                      <TimeWithTooltip iso={event.createdAt.toISOString()} label={formatRelative(event.createdAt, now)} exact={formatDateTime(event.createdAt)} />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
