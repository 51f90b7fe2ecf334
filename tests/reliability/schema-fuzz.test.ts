import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { NO_KEY } from "@/lib/keys/scopes";
import { OPERATION_LIST } from "@/lib/api/v1/operations";
import { fuzzTarget, operationParams, type SeededContent } from "../helpers/v1-fixtures";
import { callOperation } from "../helpers/v1-routes";
import { setUpV1Test } from "../helpers/v1-setup";

setUpV1Test();

// Arbitrary bodies and query strings against every operation's schemas: the API answers
// 2xx or a 4xx problem, never a 500, and no error body carries a stack trace, SQL or a key.
let key: string;
let content: SeededContent;

beforeAll(async () => {
  ({ key, content } = await fuzzTarget());
});

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "",
    " ",
    "null",
    "-1",
    "1e309",
    "NaN",
    "2026-02-30T25:61:00Z",
    "' OR 1=1 --",
    "<script>",
    "../../etc/passwd",
    "\u0000",
    "\u202e",
    "x".repeat(5_000),
  ),
  // What PostgreSQL cannot hold (tests/reliability/storable-input-fuzz.test.ts sends each to every field).
  fc.constantFrom(
    "a\u0000b",
    "\ud800",
    "x\udc00",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-00:01",
    "0000-01-01",
    "2147483648",
    "-2147483649",
  ),
);
const hostileValue = fc.oneof(
  hostileString,
  fc.integer(),
  fc.constantFrom(2_147_483_648, -2_147_483_649, Number.MAX_SAFE_INTEGER),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 3 }),
);

function bodyFor(fields: string[]) {
  return fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.dictionary(fc.constantFrom(...fields, "unknown_field", "__proto__", "constructor"), hostileValue, {
      maxKeys: 6,
    }),
    fc.constantFrom("{", "[]", "null", '"text"', '{"a":1}{', "".padEnd(100, "[")),
  );
}

function queryFor(fields: string[]) {
  return fc.dictionary(fc.constantFrom(...fields, "cursor", "limit", "unknown"), hostileString, { maxKeys: 4 });
}

function fieldsOf(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : ["name"];
}

const FUZZED = OPERATION_LIST.filter(
  (operation) => operation.scope !== NO_KEY && (operation.body || operation.query) && operation.method !== "DELETE",
);

describe("fuzzed bodies and query parameters", () => {
  it.each(FUZZED.map((operation) => [operation.operationId, operation] as const))(
    "%s answers 2xx or a clean 4xx problem",
    async (_id, operation) => {
      const bodyArbitrary = operation.body ? bodyFor(fieldsOf(operation.body)) : fc.constant(undefined);
      const queryArbitrary = operation.query ? queryFor(fieldsOf(operation.query)) : fc.constant({});
      await fc.assert(
        fc.asyncProperty(bodyArbitrary, queryArbitrary, async (body, query) => {
          const response = await callOperation(operation, {
            key,
            params: operationParams(operation, content),
            query: query as Record<string, string>,
            body: typeof body === "string" ? body : body === undefined ? undefined : JSON.stringify(body),
            headers: body === undefined ? {} : { "content-type": "application/json" },
          });
          expect(response.status, `${operation.operationId}`).toBeLessThan(500);
          if (response.status >= 400) {
            expect(response.headers.get("content-type")).toBe("application/problem+json");
            const text = await response.text();
            expect(text).not.toMatch(/\n\s+at |SELECT |INSERT |prisma|mavio_sk_[0-9A-Za-z]{20,}/i);
          }
        }),
        { numRuns: 60, seed: 7 },
      );
    },
    120_000,
  );
});
