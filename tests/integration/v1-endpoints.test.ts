// The endpoint table, generated from the route registry: every operation gets the same
// checks, so an endpoint cannot be added without them. Per operation:
//   - success with a key holding exactly its scope (plus the read scopes of the events a webhook
//     body subscribes to), and the response matches the OpenAPI document;
//   - 403 insufficient_scope with a key holding every other scope (for writes: also the read scope alone);
//   - 404 when any path id is another team's;
//   - 422 with field errors for an unknown field and for wrong types (operations with a body);
//   - 400 for an unknown query parameter, and for bad limit/cursor/enum values where it has them.
import { beforeAll, describe, expect, it } from "vitest";
import { ANY_KEY } from "@/lib/keys/scopes";
import { type Operation } from "@/lib/api/v1/operation";
import { NO_KEY } from "@/lib/keys/scopes";
import { OPERATION_LIST, OPERATIONS } from "@/lib/api/v1/operations";
import { isScope, type Scope } from "@/lib/keys/scopes";
import { contractProblems } from "../helpers/v1-contract";
import {
  addMember,
  apiTeam,
  bodyScopes,
  operationBody,
  operationParams,
  seedContent,
  type SeededContent,
} from "../helpers/v1-fixtures";
import { callOperation } from "../helpers/v1-routes";
import { setUpV1Test } from "../helpers/v1-setup";

setUpV1Test();

type Team = Awaited<ReturnType<typeof apiTeam>>;
let home: Team;
let away: Team;
let awayContent: SeededContent;

beforeAll(async () => {
  [home, away] = await Promise.all([apiTeam(), apiTeam()]);
  awayContent = await seedContent(away.team.id);
});

function readSibling(scope: Scope): Scope | undefined {
  const sibling = scope.replace(/:write$/, ":read");
  return sibling !== scope && isScope(sibling) ? sibling : undefined;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return null;
  const type = response.headers.get("content-type") ?? "";
  return /json/.test(type) ? response.json() : response.text();
}

/** Checks an error response: status, code, problem+json, and that the document lists it for the operation. */
async function expectProblem(operation: Operation, response: Response, status: number, code: string) {
  const body = (await response.json()) as Record<string, unknown>;
  expect({ status: response.status, code: body.code, contentType: response.headers.get("content-type") }).toEqual({
    status,
    code,
    contentType: "application/problem+json",
  });
  expect(await contractProblems(operation, response, body)).toEqual([]);
  return body as { code: string; errors?: { field: string; message: string }[]; required_scope?: string };
}

const GUARDED = OPERATION_LIST.filter(
  (operation): operation is Operation<string, Scope | typeof ANY_KEY> => operation.scope !== NO_KEY,
);

it("covers every operation of the registry but the public document", () => {
  expect(
    OPERATION_LIST.filter((operation) => !GUARDED.includes(operation as never)).map(
      (operation) => operation.operationId,
    ),
  ).toEqual(["getOpenApiDocument"]);
});

/** Registers a check only where it applies (a route without ids has no 404-by-id case). */
const itWhere = (applies: boolean) => (applies ? it : () => undefined);

describe.each(GUARDED.map((operation) => [`${operation.method} ${operation.path}`, operation] as const))(
  "%s",
  (_name, operation) => {
    const scope = operation.scope;
    const hasParams = Object.keys(operation.params).length > 0;
    const queryShape = operation.query.shape as Record<string, unknown>;

    itWhere(scope !== ANY_KEY)(`answers 403 insufficient_scope without ${scope}`, async () => {
      const content = await seedContent(home.team.id);
      const keys = [await home.allScopesBut(scope as Scope)];
      const sibling = readSibling(scope as Scope);
      if (sibling) keys.push(await home.keyWith([sibling]));
      for (const key of keys) {
        const response = await callOperation(operation, {
          key,
          params: operationParams(operation, content),
          body: operationBody(operation, content),
        });
        const problem = await expectProblem(operation, response, 403, "insufficient_scope");
        expect(problem.required_scope).toBe(scope);
      }
    });

    itWhere(hasParams)("answers 404 when a path id is another team's", async () => {
      const content = await seedContent(home.team.id);
      const own = operationParams(operation, content);
      const foreign = operationParams(operation, awayContent);
      const key = await home.allScopes();
      for (const name of Object.keys(own)) {
        if (own[name] === foreign[name]) continue; // e.g. the speaker label "Speaker 1" is not an id
        const response = await callOperation(operation, {
          key,
          params: { ...own, [name]: foreign[name]! },
          body: operationBody(operation, content),
        });
        await expectProblem(operation, response, 404, "not_found");
      }
      const missing = Object.fromEntries(Object.keys(own).map((name) => [name, `${name}_does_not_exist`]));
      await expectProblem(
        operation,
        await callOperation(operation, { key, params: missing, body: operationBody(operation, content) }),
        404,
        "not_found",
      );
    });

    itWhere(Boolean(operation.body))("answers 422 with field errors for bad bodies", async () => {
      const content = await seedContent(home.team.id);
      const key = await home.allScopes();
      const params = operationParams(operation, content);
      const body = operationBody(operation, content) as Record<string, unknown>;

      const unknown = await expectProblem(
        operation,
        await callOperation(operation, { key, params, body: { ...body, unexpected_field: 1 } }),
        422,
        "validation_failed",
      );
      expect(unknown.errors).toContainEqual({ field: "unexpected_field", message: "Unknown field." });

      const wrongTypes = Object.fromEntries(Object.keys(body).map((field) => [field, { not: "valid" }]));
      const typed = await expectProblem(
        operation,
        await callOperation(operation, { key, params, body: wrongTypes }),
        422,
        "validation_failed",
      );
      expect(new Set(typed.errors!.map((error) => error.field.split(".")[0]))).toEqual(new Set(Object.keys(body)));

      await expectProblem(
        operation,
        await callOperation(operation, { key, params, body: "[1, 2]" }),
        422,
        "validation_failed",
      );
      await expectProblem(
        operation,
        await callOperation(operation, { key, params, body: "{ not json" }),
        400,
        "invalid_request",
      );
    });

    it("answers 400 for bad query parameters", async () => {
      const content = await seedContent(home.team.id);
      const key = await home.allScopes();
      const params = operationParams(operation, content);
      const bad: Record<string, string>[] = [{ unexpected_parameter: "1" }];
      if ("limit" in queryShape) bad.push({ limit: "0" }, { limit: "101" }, { limit: "ten" });
      if ("cursor" in queryShape)
        bad.push(
          { cursor: "not-a-cursor" },
          { cursor: Buffer.from(JSON.stringify(["other", 1, "x"])).toString("base64url") },
        );
      if ("format" in queryShape) bad.push({ format: "docx" });
      if ("status" in queryShape) bad.push({ status: "nope" });
      for (const query of bad) {
        const response = await callOperation(operation, {
          key,
          params,
          query,
          body: operationBody(operation, content),
        });
        const problem = await expectProblem(operation, response, 400, "invalid_request");
        expect(
          problem.errors?.map((error) => error.field),
          JSON.stringify(query),
        ).toContain(Object.keys(query)[0]);
      }
    });

    it(`succeeds with exactly ${scope === ANY_KEY ? "any valid key" : scope} (and what its body needs), as documented`, async () => {
      const content = await seedContent(home.team.id);
      const requestBody = operationBody(operation, content);
      const key = await home.keyWith([scope === ANY_KEY ? "team:read" : scope, ...bodyScopes(requestBody)]);
      const response = await callOperation(operation, {
        key,
        params: operationParams(operation, content),
        body: requestBody,
      });
      const body = await readBody(response);
      expect(response.status, JSON.stringify(body)).toBe(operation.result.status);
      expect(response.headers.get("x-request-id")).toBeTruthy();
      expect(response.headers.get("x-ratelimit-limit")).toBe("5000");
      expect(await contractProblems(operation, response, body)).toEqual([]);
    });
  },
);

describe("members of other teams", () => {
  it("cannot be named in bodies (422 on the field, not 404)", async () => {
    const content = await seedContent(home.team.id);
    const stranger = await addMember(away.team.id);
    const key = await home.allScopes();
    const response = await callOperation(OPERATIONS.addChannelMember, {
      key,
      params: { id: content.channelId },
      body: { member_id: stranger.id },
    });
    const problem = await expectProblem(OPERATIONS.addChannelMember, response, 422, "validation_failed");
    expect(problem.errors).toEqual([{ field: "member_id", message: "Not a member of this team." }]);
  });
});
