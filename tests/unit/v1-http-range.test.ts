import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideRange, ifRangeMatches } from "@/lib/http/http-range";

describe("Range", () => {
  const size = 10_000;

  it.each([
    [null, { kind: "full" }],
    ["bytes=0-99", { kind: "partial", start: 0, end: 99 }],
    ["bytes=100-", { kind: "partial", start: 100, end: 9_999 }],
    ["bytes=-500", { kind: "partial", start: 9_500, end: 9_999 }],
    ["bytes=-20000", { kind: "partial", start: 0, end: 9_999 }],
    ["bytes=9999-9999", { kind: "partial", start: 9_999, end: 9_999 }],
    ["bytes=5000-20000", { kind: "partial", start: 5_000, end: 9_999 }],
    ["BYTES = 1 - 2", { kind: "partial", start: 1, end: 2 }],
    ["bytes=10000-", { kind: "unsatisfiable" }],
    ["bytes=20000-30000", { kind: "unsatisfiable" }],
    ["bytes=-0", { kind: "unsatisfiable" }],
    ["bytes=0-1,5-6", { kind: "full" }], // several ranges: the whole file
    ["bytes=5-1", { kind: "full" }], // invalid: ignored
    ["bytes=-", { kind: "full" }],
    ["bytes=a-b", { kind: "full" }],
    ["items=0-1", { kind: "full" }],
    ["bytes=99999999999999999999-", { kind: "full" }],
  ])("%s -> %o", (header, expected) => {
    expect(decideRange(header, size)).toEqual(expected);
  });

  it("treats every range of an empty file as unsatisfiable", () => {
    expect(decideRange("bytes=0-", 0)).toEqual({ kind: "unsatisfiable" });
    expect(decideRange("bytes=-5", 0)).toEqual({ kind: "unsatisfiable" });
  });

  it("always answers a range inside the file", () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.nat(2_000_000), fc.nat(2_000_000), fc.boolean(), (fileSize, a, b, suffix) => {
        const header = suffix ? `bytes=-${a}` : `bytes=${a}-${b}`;
        const decision = decideRange(header, fileSize);
        if (decision.kind === "partial") {
          expect(decision.start).toBeGreaterThanOrEqual(0);
          expect(decision.end).toBeGreaterThanOrEqual(decision.start);
          expect(decision.end).toBeLessThan(fileSize);
        }
      }),
    );
  });
});

describe("If-Range", () => {
  const modified = new Date("2026-11-26T12:00:00.000Z");
  it("honours a matching entity tag or date only", () => {
    expect(ifRangeMatches(null, '"a"', modified)).toBe(true);
    expect(ifRangeMatches('"a"', '"a"', modified)).toBe(true);
    expect(ifRangeMatches('"b"', '"a"', modified)).toBe(false);
    expect(ifRangeMatches('W/"a"', '"a"', modified)).toBe(false);
    expect(ifRangeMatches(modified.toUTCString(), '"a"', modified)).toBe(true);
    expect(ifRangeMatches(new Date(modified.getTime() + 1000).toUTCString(), '"a"', modified)).toBe(false);
    expect(ifRangeMatches("garbage", '"a"', modified)).toBe(false);
  });
});
