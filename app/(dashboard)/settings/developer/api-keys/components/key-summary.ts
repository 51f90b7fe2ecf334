import { maskApiKey } from "@/lib/keys/format";
import type { KeyRowSummary } from "@/lib/keys/key-row";
import type { KeyStatus } from "@/lib/keys/status";
import { auditLogHref, keyUsageHref } from "./keys-list-href";

/** What a key's actions (the list's menu, the usage page's buttons) need to know of it. */
export function keySummary(
  apiKey: { id: string; name: string; last4: string; lastUsedAt: Date | null },
  status: KeyStatus,
): KeyRowSummary {
  return {
    id: apiKey.id,
    name: apiKey.name,
    last4: apiKey.last4,
    maskedKey: maskApiKey(apiKey.last4),
    status,
    lastUsedAt: apiKey.lastUsedAt?.toISOString() ?? null,
    usageHref: keyUsageHref(apiKey.id),
    auditHref: auditLogHref({ keyId: apiKey.id }),
  };
}
