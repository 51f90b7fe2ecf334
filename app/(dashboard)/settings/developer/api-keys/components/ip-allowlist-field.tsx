"use client";

import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { FieldError } from "@/components/settings/field-error";

export const IP_ALLOWLIST_ID = "ip-allowlist";

/** Enterprise only: the addresses a key may be used from, one per line. */
export function IpAllowlistField({
  value,
  onChange,
  onBlur,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  error?: string;
}) {
  return (
    <div className="grid gap-2">
      <Label htmlFor={IP_ALLOWLIST_ID}>
        IP allowlist <span className="font-normal text-muted-foreground">(optional)</span>
      </Label>
      <Textarea
        id={IP_ALLOWLIST_ID}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        rows={3}
        spellCheck={false}
        placeholder={"203.0.113.0/24\n2001:db8::/32"}
        className="font-mono text-sm md:text-sm"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${IP_ALLOWLIST_ID}-hint ${IP_ALLOWLIST_ID}-error` : `${IP_ALLOWLIST_ID}-hint`}
      />
      <p id={`${IP_ALLOWLIST_ID}-hint`} className="text-sm text-muted-foreground">
        One IPv4 or IPv6 address or CIDR range per line. Requests from anywhere else are refused. Leave empty to allow
        any address.
      </p>
      <FieldError id={`${IP_ALLOWLIST_ID}-error`} message={error} />
    </div>
  );
}
