import type { KeyStatus } from "./status";

/** What a key row's menu and dialogs need to know about its key (never the secret: it no longer exists). */
export interface KeyRowSummary {
  id: string;
  name: string;
  last4: string;
  maskedKey: string;
  status: KeyStatus;
  /** ISO time of the most recent successful request; null when never used. */
  lastUsedAt: string | null;
  usageHref: string;
  auditHref: string;
}

/** What Rotate needs, from a row of the list or from the expiring-keys banner. */
export type RotatedKeySummary = Pick<KeyRowSummary, "id" | "name" | "last4" | "maskedKey">;
