import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apiErrorOf } from "@/lib/api/problem-response";
import { DomainError } from "@/lib/errors/domain-error";
import { Keyset, newestFirst } from "@/lib/http/pagination";

const meetings = newestFirst("mtg");
const segments = Keyset.byInteger("seg", "index", "id", "asc");

function expectInvalid(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect(apiErrorOf(error as DomainError)!.status).toBe(400);
    expect((error as DomainError).code).toBe("invalid_request");
    return;
  }
  throw new Error("expected an invalid cursor");
}

describe("cursors", () => {
  it("round-trip a position", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(0), max: new Date("2999-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.string({ minLength: 1, maxLength: 100 }),
        (date, id) => {
          const cursor = meetings.encode({ value: date, id });
          expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
          expect(meetings.decode(cursor)).toEqual({ value: date, id });
        },
      ),
    );
    fc.assert(
      fc.property(fc.nat(), fc.string({ minLength: 1, maxLength: 100 }), (index, id) => {
        expect(segments.decode(segments.encode({ value: index, id }))).toEqual({ value: index, id });
      }),
    );
  });

  it("are undefined for the first page", () => {
    expect(meetings.decode(undefined)).toBeUndefined();
  });

  it("refuses anything that is not a cursor of this list with 400", () => {
    const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    for (const cursor of [
      "",
      "not a cursor",
      "!!!",
      base64("hello"),
      base64(["note", "2026-01-01T00:00:00.000Z", "note_1"]), // another list's
      base64(["mtg", "yesterday", "mtg_1"]),
      base64(["mtg", "2026-01-01T00:00:00.000Z", ""]),
      base64(["mtg", 12, "mtg_1"]),
      base64(["mtg", "2026-01-01T00:00:00.000Z"]),
      Buffer.from("{").toString("base64url"),
    ]) {
      expectInvalid(() => meetings.decode(cursor));
    }
    expectInvalid(() => segments.decode(base64(["seg", 1.5, "seg_1"])));
    expectInvalid(() => segments.decode(meetings.encode({ value: new Date(), id: "mtg_1" })));
  });

  it("never decode random strings into positions silently", () => {
    fc.assert(
      fc.property(fc.string(), (garbage) => {
        try {
          const position = meetings.decode(garbage);
          // Only a string that is really a cursor of this list may decode.
          expect(meetings.encode(position!)).toBe(garbage);
        } catch (error) {
          expect(apiErrorOf(error as DomainError)!.status).toBe(400);
        }
      }),
    );
  });
});

describe("keyset pages", () => {
  const rows = Array.from({ length: 5 }, (_, i) => ({ createdAt: new Date(Date.UTC(2026, 0, 5 - i)), id: `mtg_${i}` }));

  it("takes one extra row to know whether more follow", () => {
    expect(meetings.take(20)).toBe(21);
    const page = meetings.page(rows, 4, (row) => row.id);
    expect(page).toEqual({
      data: ["mtg_0", "mtg_1", "mtg_2", "mtg_3"],
      has_more: true,
      next_cursor: meetings.encode({ value: rows[3]!.createdAt, id: "mtg_3" }),
    });
    expect(meetings.page(rows, 5, (row) => row.id)).toMatchObject({ has_more: false, next_cursor: null });
  });

  it("continues strictly after the last row, ties broken by id", () => {
    const at = new Date("2026-01-01T00:00:00.000Z");
    expect(meetings.after({ value: at, id: "mtg_5" })).toEqual({
      OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: "mtg_5" } }],
    });
    expect(segments.after({ value: 7, id: "seg_7" })).toEqual({
      OR: [{ index: { gt: 7 } }, { index: 7, id: { gt: "seg_7" } }],
    });
    expect(meetings.orderBy()).toEqual([{ createdAt: "desc" }, { id: "desc" }]);
    expect(meetings.after(undefined)).toEqual({});
  });
});
