import Link from "next/link";
import { AuditEventOrigin, AuditEventTime } from "@/components/settings/audit-log-cells";
import { AuditLogPages } from "@/components/settings/audit-log-pages";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { maskApiKey } from "@/lib/keys/format";
import type { listAuditEvents } from "@/lib/keys/list-audit-events";
import { AUDIT_ACTION_LABEL, describeAuditEvent, describeSystemActor } from "./describe-audit-event";
import { auditLogHref } from "./keys-list-href";

const ACTION_VARIANT = {
  created: "secondary",
  rotated: "outline",
  revoked: "destructive",
  expiry_changed: "outline",
  renamed: "outline",
  exposed: "destructive",
  exposure_acknowledged: "outline",
} as const;

/** Who created, renamed, rotated or revoked which key, when, and from where; a page at a time, for all keys or one. */
export function AuditLog({
  log,
  keyId,
  cursor,
  now,
}: {
  log: Awaited<ReturnType<typeof listAuditEvents>>;
  keyId?: string;
  cursor?: string;
  now: Date;
}) {
  const { events, nextCursor, last4ById } = log;
  const filteredKey = keyId ? events.find((event) => event.key.id === keyId)?.key : undefined;
  return (
    <section id="audit-log" className="grid scroll-mt-20 grid-cols-1 gap-3">
      <div className="grid gap-1">
        <h3 className="text-base font-semibold">Audit log</h3>
        <p className="text-sm text-muted-foreground">
          Every change to this team&apos;s keys: who made it, when, and from which address. Newest first; choose a
          key&apos;s name to see only its changes.
        </p>
      </div>
      {keyId ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span>
            Changes to{" "}
            {filteredKey ? (
              <>
                <span className="font-medium">{filteredKey.name}</span>{" "}
                <code className="font-mono text-xs">{maskApiKey(filteredKey.last4)}</code>
              </>
            ) : (
              "one key"
            )}
          </span>
          <Button asChild variant="outline" size="sm">
            <Link href={auditLogHref({})}>Show all keys</Link>
          </Button>
        </div>
      ) : null}
      {events.length === 0 ? (
        <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">
          No key changes yet.
        </p>
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
                return (
                  <TableRow key={event.id}>
                    <TableCell className="max-w-md min-w-64 pl-4 whitespace-normal">
                      <div className="flex flex-wrap items-center gap-2">
                        <Badge variant={ACTION_VARIANT[event.action]}>{AUDIT_ACTION_LABEL[event.action]}</Badge>
                        <Link
                          href={auditLogHref({ keyId: event.key.id })}
                          aria-label={`${event.key.name}: show only this key's changes`}
                          className="font-medium underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
                        >
                          {event.key.name}
                        </Link>
                        <code className="font-mono text-xs text-muted-foreground">{maskApiKey(event.key.last4)}</code>
                      </div>
                      {detail ? <p className="mt-1 text-xs text-muted-foreground">{detail}</p> : null}
                    </TableCell>
                    <TableCell>
                      {event.actor ? (
                        <span title={event.actor.email}>{event.actor.name}</span>
                      ) : (
                        <span className="text-muted-foreground">{describeSystemActor(event)}</span>
                      )}
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
        newestHref={cursor ? auditLogHref({ keyId }) : null}
        olderHref={nextCursor ? auditLogHref({ keyId, cursor: nextCursor }) : null}
      />
    </section>
  );
}
