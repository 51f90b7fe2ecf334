import { expect, test, type APIResponse } from "@playwright/test";
import { fillPath, pathParamNames, type Operation } from "@/lib/api/v1/operation";
import { OPERATION_LIST } from "@/lib/api/v1/operations";

// Requests Next fails on before any route handler runs (it answers a plain-text 500), so
// only the real HTTP server shows them: a method the Fetch API cannot build a Request for
// (TRACE) or that Next does not dispatch, and a path whose percent escapes are not UTF-8.
// Every route of the registry, every path parameter: a problem+json 4xx each time.
const ODD_METHODS = ["TRACE", "PROPFIND", "PURGE", "LOCK"];
const MALFORMED_ESCAPES = ["%E0%A4%A", "%ZZ", "%", "%ED%A0%80", "%C0%AF", "%FF"];
const TEMPLATES = [...new Set(OPERATION_LIST.map((operation) => operation.path))];

function methodsOf(template: string): string[] {
  return OPERATION_LIST.filter((operation: Operation) => operation.path === template).map(
    (operation) => operation.method,
  );
}

/** The template with each `{param}` filled with a plain id, except `raw`, inserted unencoded. */
function pathWith(template: string, raw: { name: string; value: string } | undefined = undefined): string {
  const params = Object.fromEntries(pathParamNames(template).map((name) => [name, `${name}_e2e`]));
  const path = fillPath(template, params);
  return `/api/v1${raw ? path.replace(`${raw.name}_e2e`, raw.value) : path}`;
}

async function expectProblem(response: APIResponse, status: number, what: string) {
  expect(response.status(), what).toBe(status);
  expect(response.headers()["content-type"], what).toBe("application/problem+json");
  expect(response.headers()["x-request-id"], what).toMatch(/^req_/);
  return (await response.json()) as { code: string; errors?: { field: string }[] };
}

test("odd methods on every v1 route answer 405 problem+json with the route's Allow", async ({ request }) => {
  for (const template of TEMPLATES) {
    for (const method of ODD_METHODS) {
      const what = `${method} ${template}`;
      const problem = await expectProblem(await request.fetch(pathWith(template), { method }), 405, what);
      expect(problem.code, what).toBe("method_not_allowed");
    }
  }
  const response = await request.fetch("/api/v1/meetings", { method: "TRACE" });
  expect(response.headers()["allow"]).toBe(methodsOf("/meetings").join(", "));
});

test("malformed percent escapes in every path parameter answer 400 problem+json naming it", async ({ request }) => {
  for (const template of TEMPLATES) {
    for (const name of pathParamNames(template)) {
      for (const value of MALFORMED_ESCAPES) {
        const what = `${template} {${name}}=${value}`;
        const problem = await expectProblem(await request.get(pathWith(template, { name, value })), 400, what);
        expect(problem.code, what).toBe("invalid_request");
        expect(
          problem.errors?.map((error) => error.field),
          what,
        ).toEqual([name]);
      }
    }
  }
  // Outside the registry the path itself is named; well-formed escapes still reach the routes.
  const unknown = await expectProblem(await request.get("/api/v1/nothing/%E0%A4%A"), 400, "unknown route");
  expect(unknown.errors?.map((error) => error.field)).toEqual(["path"]);
  expect((await request.get("/api/v1/meetings/%C3%A9")).status()).toBe(401);
});
