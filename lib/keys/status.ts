export type KeyStatus = "active" | "expiring_soon" | "expired" | "revoked";

export const EXPIRING_SOON_MS = 7 * 24 * 60 * 60 * 1000;

export function keyStatus(key: { expiresAt: Date | null; revokedAt: Date | null }, now: Date = new Date()): KeyStatus {
  if (key.revokedAt && key.revokedAt <= now) return "revoked";
  if (key.expiresAt && key.expiresAt <= now) return "expired";
  if (key.expiresAt && key.expiresAt.getTime() - now.getTime() <= EXPIRING_SOON_MS) return "expiring_soon";
  return "active";
}
