import { keyStatus } from "@/lib/keys/status";

/**
 * Where a reported key stands now, for the banner: revoked by the report itself, stopped
 * for another reason (revoked by someone, or expired), or still usable (the team alerts only).
 */
export type ExposureState = "revoked_by_report" | "revoked" | "expired" | "usable";

export function exposureState(
  exposure: { revoked: boolean; key: { revokedAt: Date | null; expiresAt: Date | null } },
  now: Date,
): ExposureState {
  if (exposure.revoked) return "revoked_by_report";
  const status = keyStatus(exposure.key, now);
  return status === "revoked" || status === "expired" ? status : "usable";
}
