import { describe, expect, it } from "vitest";
import { exposureState } from "@/lib/secret-scanning/exposure-state";

const now = new Date("2026-12-04T12:00:00Z");
const earlier = new Date("2026-12-01T00:00:00Z");
const later = new Date("2027-03-01T00:00:00Z");

describe("a reported key's state", () => {
  it("says the report revoked it, or what else stopped it, or that it still works", () => {
    expect(exposureState({ revoked: true, key: { revokedAt: now, expiresAt: null } }, now)).toBe("revoked_by_report");
    expect(exposureState({ revoked: false, key: { revokedAt: earlier, expiresAt: null } }, now)).toBe("revoked");
    expect(exposureState({ revoked: false, key: { revokedAt: null, expiresAt: earlier } }, now)).toBe("expired");
    expect(exposureState({ revoked: false, key: { revokedAt: null, expiresAt: later } }, now)).toBe("usable");
    expect(exposureState({ revoked: false, key: { revokedAt: null, expiresAt: null } }, now)).toBe("usable");
  });
});
