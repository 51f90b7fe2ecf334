import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { pathParamNames, type Operation } from "@/lib/api/v1/operation";
import { NO_KEY } from "@/lib/keys/scopes";
import { OPERATION_LIST, OPERATIONS } from "@/lib/api/v1/operations";
import { db } from "../helpers/database";
import { fuzzTarget, operationBody, operationParams, type SeededContent } from "../helpers/v1-fixtures";
import { callOperation } from "../helpers/v1-routes";
import { setUpV1Test } from "../helpers/v1-setup";

setUpV1Test();

// Values each schema lets through but PostgreSQL cannot hold (NUL in text, unpaired
// surrogates, years outside 1-9999, integers beyond int4), sent in every field, parameter
// and cursor of every operation: each must be refused as a 4xx problem naming where it was,
// never reach the database as a 500. Real routes, real PostgreSQL and Redis.
let key: string;
let content: SeededContent;

beforeAll(async () => {
  ({ key, content } = await fuzzTarget());
});

const NUL_TEXT = ["a\u0000b", "\u0000"];
const LONE_SURROGATES = ["a\ud800b", "\udc00", "\ud83d"];
// An offset can carry year 1 into year 0 in UTC (and 9999 into 10000); the formats allow both.
const OUT_OF_RANGE_TIMES = [
  "0001-01-01T00:00:00+14:00",
  "9999-12-31T23:59:59-00:01",
  "0000-01-01T00:00:00Z",
  "0000-06-15T12:00:00.000Z",
];
const OUT_OF_RANGE_DATES = ["0000-01-01", "0000-12-31"];
const BEYOND_INT4 = ["2147483648", "-2147483649", "99999999999999999999"];
// The tags of every keyset list (lib/**/KEYSET): a forged cursor reaches the query only with its list's tag.
const LIST_TAGS = ["mtg", "seg", "note", "act", "chn", "chm", "spk", "mem", "whk", "dlv"];

const notDelete = (operation: Operation) => operation.scope !== NO_KEY && operation.method !== "DELETE";
const WITH_BODY = OPERATION_LIST.filter((operation) => notDelete(operation) && operation.body);
const WITH_QUERY = OPERATION_LIST.filter(
  (operation) => notDelete(operation) && Object.keys(operation.query.shape).length > 0,
);
const WITH_PARAMS = OPERATION_LIST.filter(
  (operation) => operation.scope !== NO_KEY && pathParamNames(operation.path).length > 0,
);
const LISTS = WITH_QUERY.filter((operation) => "cursor" in operation.query.shape);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Dotted paths of every string in a JSON value (`participants.0.name`). */
function stringPaths(value: Json, path: string[] = []): string[][] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, String(i)]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([name, item]) => stringPaths(item, [...path, name]));
  return [];
}

function withValue(body: Json, path: string[], value: Json): Json {
  const copy = structuredClone(body) as Record<string, Json>;
  let target = copy;
  for (const part of path.slice(0, -1)) target = target[part] as Record<string, Json>;
  target[path.at(-1)!] = value;
  return copy;
}

function validBody(operation: Operation): { [key: string]: Json } {
  return structuredClone(operationBody(operation, content)) as { [key: string]: Json };
}

function shapeOf(schema: z.ZodType | undefined): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

/** A field of this kind takes the sample and refuses a word: what tells a date field from free text. */
const KINDS = { time: "2026-11-26T12:00:00Z", date: "2026-12-04", integer: 1 } as const;
type Kind = keyof typeof KINDS;

function accepts(schema: z.ZodType, value: Record<string, unknown>): boolean {
  return schema.safeParse(value).success;
}

/** The body's top-level fields of a kind, probed on the documented example. */
function bodyFieldsOf(operation: Operation, kind: Kind): string[] {
  const base = (operation.requestExample ?? {}) as Record<string, unknown>;
  return shapeOf(operation.body).filter(
    (field) =>
      accepts(operation.body!, { ...base, [field]: KINDS[kind] }) &&
      !accepts(operation.body!, { ...base, [field]: "word" }),
  );
}

function queryParamsOf(operation: Operation, kind: Kind): string[] {
  return shapeOf(operation.query).filter(
    (param) =>
      accepts(operation.query, { [param]: String(KINDS[kind]) }) && !accepts(operation.query, { [param]: "word" }),
  );
}

/** [operationId, operation, fields] for each operation with fields of the kinds, to feed it.each. */
function casesWith(operations: Operation[], fieldsOf: (operation: Operation, kind: Kind) => string[], kinds: Kind[]) {
  return operations
    .map(
      (operation) =>
        [
          operation.operationId,
          operation,
          kinds.flatMap((kind) => fieldsOf(operation, kind).map((field) => [kind, field] as const)),
        ] as const,
    )
    .filter(([, , fields]) => fields.length > 0);
}

const DATE_BODIES = casesWith(WITH_BODY, bodyFieldsOf, ["time", "date"]);
const DATE_QUERIES = casesWith(WITH_QUERY, queryParamsOf, ["time", "date"]);
const INTEGER_QUERIES = casesWith(WITH_QUERY, queryParamsOf, ["integer"]);
const OUT_OF_RANGE = { time: OUT_OF_RANGE_TIMES, date: OUT_OF_RANGE_DATES, integer: BEYOND_INT4 };

async function call(
  operation: Operation,
  input: { body?: Json; query?: Record<string, string>; params?: Record<string, string> },
) {
  return callOperation(operation, {
    key,
    params: input.params ?? operationParams(operation, content),
    query: input.query,
    body: input.body === undefined ? undefined : JSON.stringify(input.body),
  });
}

/** A 4xx problem+json whose `errors` name the field; the answer, for the failure message. */
async function expectRefusal(response: Response, status: number, field: string, what: string) {
  const text = await response.text();
  expect(response.status, `${what}: ${text}`).toBe(status);
  expect(response.headers.get("content-type"), what).toBe("application/problem+json");
  const problem = JSON.parse(text) as { errors?: { field: string; message: string }[] };
  expect(
    problem.errors?.map((error) => error.field),
    what,
  ).toContain(field);
}

describe("text PostgreSQL cannot hold", () => {
  it.each(WITH_BODY.map((operation) => [operation.operationId, operation] as const))(
    "%s: a NUL or an unpaired surrogate in any string of the body is a 422 naming the field",
    async (_id, operation) => {
      const base = validBody(operation);
      const paths = [
        ...stringPaths(base),
        ...shapeOf(operation.body)
          .filter((field) => !(field in base))
          .map((field) => [field]),
      ];
      for (const path of paths) {
        for (const poison of [...NUL_TEXT, ...LONE_SURROGATES]) {
          const what = `${operation.operationId} ${path.join(".")}=${JSON.stringify(poison)}`;
          await expectRefusal(
            await call(operation, { body: withValue(base, path, poison) }),
            422,
            path.join("."),
            what,
          );
        }
      }
      const field = "ti\u0000tle";
      await expectRefusal(
        await call(operation, { body: { ...base, [field]: "x" } }),
        422,
        "ti\\u0000tle",
        `${operation.operationId} NUL in a field name`,
      );
    },
  );

  it.each(WITH_QUERY.map((operation) => [operation.operationId, operation] as const))(
    "%s: a NUL in any query parameter (cursor and limit included) is a 400 naming it",
    async (_id, operation) => {
      for (const param of shapeOf(operation.query)) {
        for (const poison of NUL_TEXT) {
          const response = await call(operation, { query: { [param]: poison } });
          await expectRefusal(response, 400, param, `${operation.operationId} ?${param}=${JSON.stringify(poison)}`);
        }
      }
    },
  );

  it.each(WITH_PARAMS.map((operation) => [operation.operationId, operation] as const))(
    "%s: a NUL in any path parameter (what %00 decodes to) is a 400 naming it",
    async (_id, operation) => {
      for (const param of pathParamNames(operation.path)) {
        const params = {
          ...operationParams(operation, content),
          [param]: `${operationParams(operation, content)[param]}\u0000`,
        };
        const body = operation.body ? validBody(operation) : undefined;
        await expectRefusal(await call(operation, { params, body }), 400, param, `${operation.operationId} {${param}}`);
      }
    },
  );
});

describe("years outside 1-9999 and integers beyond int4", () => {
  it("the probes find the date and integer fields the registry has", () => {
    expect(DATE_BODIES.map(([id, , fields]) => `${id}:${fields.map(([, field]) => field).join(",")}`)).toEqual(
      expect.arrayContaining(["createMeeting:scheduled_start_at,started_at,ended_at", "createActionItem:due_date"]),
    );
    expect(DATE_QUERIES.map(([id]) => id)).toEqual(expect.arrayContaining(["listMeetings", "listActionItems"]));
    expect(INTEGER_QUERIES.map(([id, , fields]) => `${id}:${fields.map(([, field]) => field).join(",")}`)).toContain(
      "listTranscriptSegments:limit,start_ms,end_ms",
    );
  });

  it.each(DATE_BODIES)(
    "%s: a year outside 1-9999 (in UTC) in any date field of the body is a 422 naming it",
    async (_id, operation, fields) => {
      for (const [kind, field] of fields) {
        for (const value of OUT_OF_RANGE[kind]) {
          await expectRefusal(
            await call(operation, { body: { ...validBody(operation), [field]: value } }),
            422,
            field,
            `${operation.operationId} ${field}=${value}`,
          );
        }
      }
    },
  );

  const queryCases = {
    "a year outside 1-9999 (in UTC) in any date": DATE_QUERIES,
    "an integer beyond int4 in any integer": INTEGER_QUERIES,
  };
  describe.each(Object.entries(queryCases))("%s query parameter", (_what, cases) => {
    it.each(cases)("%s: a 400 naming the parameter", async (_id, operation, fields) => {
      for (const [kind, param] of fields) {
        for (const value of OUT_OF_RANGE[kind]) {
          await expectRefusal(
            await call(operation, { query: { [param]: value } }),
            400,
            param,
            `${operation.operationId} ?${param}=${value}`,
          );
        }
      }
    });
  });

  it("a meeting longer than duration_ms can hold (int4 ms, about 24.8 days) is refused on create and on update, and nothing is written", async () => {
    const title = `Too long ${Date.now()}`;
    const created = await call(OPERATIONS.createMeeting, {
      body: { title, platform: "zoom", started_at: "2026-01-01T00:00:00Z", ended_at: "2026-01-25T20:31:23.648Z" },
    });
    await expectRefusal(created, 422, "ended_at", "create, 2147483648 ms");
    expect(await db.meeting.count({ where: { title } })).toBe(0);

    const before = await db.meeting.findUniqueOrThrow({
      where: { id: content.meetingId },
      select: { startedAt: true, endedAt: true, durationMs: true },
    });
    const later = new Date(before.startedAt!.getTime() + 2_147_483_648).toISOString();
    await expectRefusal(
      await call(OPERATIONS.updateMeeting, { body: { ended_at: later } }),
      422,
      "ended_at",
      "update ended_at only",
    );
    const earlier = new Date(before.endedAt!.getTime() - 30 * 24 * 3_600_000).toISOString();
    await expectRefusal(
      await call(OPERATIONS.updateMeeting, { body: { started_at: earlier } }),
      422,
      "started_at",
      "update started_at only",
    );
    expect(
      await db.meeting.findUniqueOrThrow({
        where: { id: content.meetingId },
        select: { startedAt: true, endedAt: true, durationMs: true },
      }),
    ).toEqual(before);

    const longest = await call(OPERATIONS.createMeeting, {
      body: { title, platform: "zoom", started_at: "2026-01-01T00:00:00Z", ended_at: "2026-01-25T20:31:23.647Z" },
    });
    expect(longest.status).toBe(201);
    expect(((await longest.json()) as { duration_ms: number }).duration_ms).toBe(2_147_483_647);
  });
});

describe("forged cursors", () => {
  const encode = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString("base64url");
  const forgeries = LIST_TAGS.flatMap((tag) => [
    [tag, "0000-01-01T00:00:00.000Z", "x"],
    [tag, "2026-01-01T00:00:00.000Z", "a\u0000"],
    [tag, "2026-01-01T00:00:00.000Z", "\ud800"],
    [tag, 2_147_483_648, "x"],
    [tag, -2_147_483_649, "x"],
    [tag, 1, "a\u0000"],
    [tag, 1, "\udc00"],
  ]);

  it.each(LISTS.map((operation) => [operation.operationId, operation] as const))(
    "%s: a cursor holding a year 0, an int4 overflow, a NUL or a lone surrogate is a 400 naming cursor",
    async (_id, operation) => {
      for (const parts of forgeries) {
        await expectRefusal(
          await call(operation, { query: { cursor: encode(parts) } }),
          400,
          "cursor",
          `${operation.operationId} ${JSON.stringify(parts)}`,
        );
      }
    },
  );
});
