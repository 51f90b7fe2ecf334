import { formatDateTime, formatRelative } from "@/lib/format";
import { describeUserAgent } from "./describe-user-agent";
import { TimeWithTooltip } from "./time-with-tooltip";

/** Where an audited change came from: the address, and the browser when it is recognisable. */
export function AuditEventOrigin({ ip, userAgent }: { ip: string | null; userAgent: string | null }) {
  const client = describeUserAgent(userAgent);
  return (
    <div className="grid">
      <code className="font-mono text-xs">{ip ?? "Unknown address"}</code>
      {client ? <span className="text-xs text-muted-foreground">{client}</span> : null}
    </div>
  );
}

/** When an audited change happened: relative, with the exact time on hover. */
export function AuditEventTime({ at, now }: { at: Date; now: Date }) {
  return <TimeWithTooltip iso={at.toISOString()} label={formatRelative(at, now)} exact={formatDateTime(at)} />;
}
