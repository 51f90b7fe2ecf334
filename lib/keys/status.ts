export type KeyStatus = "active" | "expiring_soon" | "expired" | "revoked";

export const EXPIRING_SOON_MS = 7 * 24 * 60 * 60 * 1000;

/** `now` as a Date or in Unix ms: the API guard passes its request's time and builds no Date (each costs under Next). */
export function keyStatus(
  key: { expiresAt: Date | null; revokedAt: Date | null },
  now: Date | number = Date.now(),
): KeyStatus {
  const at = typeof now === "number" ? now : now.getTime();
  if (key.revokedAt && key.revokedAt.getTime() <= at) return "revoked";
  if (key.expiresAt && key.expiresAt.getTime() <= at) return "expired";
  if (key.expiresAt && key.expiresAt.getTime() - at <= EXPIRING_SOON_MS) return "expiring_soon";
  return "active";
}
