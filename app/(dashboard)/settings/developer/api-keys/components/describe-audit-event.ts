import { formatDateTime } from "@/lib/format";
import { maskApiKey } from "@/lib/keys/format";
import type { AuditEvent } from "@/lib/keys/list-audit-events";
import { foundInPublic } from "@/lib/secret-scanning/found-in-public";

export const AUDIT_ACTION_LABEL: Record<AuditEvent["action"], string> = {
  created: "Created",
  rotated: "Rotated",
  revoked: "Revoked",
  expiry_changed: "Expiration changed",
  renamed: "Renamed",
  exposed: "Exposed",
  exposure_acknowledged: "Exposure acknowledged",
};

type Details = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);

const detailsOf = (event: AuditEvent): Details =>
  (event.details && typeof event.details === "object" && !Array.isArray(event.details) ? event.details : {}) as Details;

/** Who acted when no person did: a secret scanner's report, or an operator. */
export function describeSystemActor(event: AuditEvent): string {
  return detailsOf(event).reporter === "github" ? "GitHub secret scanning" : "Mavio operator";
}

/**
 * One line on what an audit event changed, from its details (shapes vary by writer:
 * the key module, rotations, the demo seed).
 */
export function describeAuditEvent(event: AuditEvent, last4ById: Map<string, string>): string | null {
  const details = detailsOf(event);
  const keyRef = (id: unknown) => {
    const last4 = typeof id === "string" ? last4ById.get(id) : undefined;
    return last4 ? maskApiKey(last4) : "another key";
  };
  switch (event.action) {
    case "created": {
      if (details.rotated_from) return `Replacement for ${keyRef(details.rotated_from)}`;
      const scopes = Array.isArray(details.scopes)
        ? details.scopes.filter((scope): scope is string => typeof scope === "string")
        : [];
      return scopes.length ? `Scopes: ${scopes.join(", ")}` : null;
    }
    case "rotated": {
      const expiresAt = text(details.expires_at);
      const replacedBy = `Replaced by ${keyRef(details.replaced_by)}`;
      return expiresAt ? `${replacedBy}; old key valid until ${formatDateTime(new Date(expiresAt))}` : replacedBy;
    }
    case "revoked":
      return text(details.reason);
    case "renamed": {
      const from = text(details.from);
      const to = text(details.to);
      return from && to ? `“${from}” → “${to}”` : null;
    }
    case "exposed": {
      const found = foundInPublic(text(details.url) ?? "");
      return details.response === "alert"
        ? `${found}; left active (the team alerts only)`
        : `${found}; it no longer worked`;
    }
    case "exposure_acknowledged":
      return `Alert dismissed. ${foundInPublic(text(details.url) ?? "")}`;
    case "expiry_changed": {
      const expiresAt = text(details.expires_at) ?? text(details.expiresAt);
      return expiresAt ? `Now expires ${formatDateTime(new Date(expiresAt))}` : null;
    }
  }
}
