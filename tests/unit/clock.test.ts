import { describe, expect, it } from "vitest";
import { currentTimeMs } from "@/lib/clock";

function bracketed() {
  const before = Date.now();
  const read = currentTimeMs();
  const after = Date.now();
  return { before, read, after };
}

describe("currentTimeMs", () => {
  it("reads the wall clock as Date.now() does, in whole milliseconds, also after it re-anchors", async () => {
    for (const wait of [0, 1_100]) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      const { before, read, after } = bracketed();
      expect(Number.isInteger(read)).toBe(true);
      // performance.now() and Date.now() round differently: a millisecond either way.
      expect(read).toBeGreaterThanOrEqual(before - 1);
      expect(read).toBeLessThanOrEqual(after + 1);
    }
  });
});
