import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { ANY_KEY } from "@/lib/keys/scopes";
import { openApiDocument } from "@/lib/api/openapi";
import { NO_KEY } from "@/lib/keys/scopes";
import { OPERATION_LIST, OPERATIONS } from "@/lib/api/v1/operations";
import { SCOPE_NAMES } from "@/lib/keys/scopes";
import { DOCUMENTED_EVENTS, webhookPayloadSchema } from "@/lib/api/v1/webhook-events";
import { SUBSCRIBABLE_EVENT_TYPES, TEST_EVENT_TYPE } from "@/lib/webhooks/events";

// API.md "Endpoints and the scope each needs", one line per method and path.
const API_MD = `
GET /meetings meetings:read
POST /meetings meetings:write
GET /meetings/{id} meetings:read
PATCH /meetings/{id} meetings:write
DELETE /meetings/{id} meetings:write
GET /meetings/{id}/recording recordings:read
GET /meetings/{id}/recording/audio recordings:read
GET /meetings/{id}/transcript transcripts:read
GET /meetings/{id}/transcript/segments transcripts:read
PATCH /meetings/{id}/transcript/segments/{segment_id} transcripts:write
PATCH /meetings/{id}/transcript/speakers/{speaker_label} transcripts:write
GET /meetings/{id}/notes notes:read
POST /meetings/{id}/notes notes:write
GET /notes/{id} notes:read
PATCH /notes/{id} notes:write
DELETE /notes/{id} notes:write
GET /action-items action-items:read
GET /action-items/{id} action-items:read
POST /meetings/{id}/action-items action-items:write
PATCH /action-items/{id} action-items:write
DELETE /action-items/{id} action-items:write
GET /channels channels:read
GET /channels/{id} channels:read
GET /channels/{id}/members channels:read
GET /channels/{id}/meetings channels:read
POST /channels channels:write
PATCH /channels/{id} channels:write
DELETE /channels/{id} channels:write
POST /channels/{id}/members channels:write
DELETE /channels/{id}/members/{member_id} channels:write
PUT /channels/{id}/meetings/{meeting_id} channels:write
DELETE /channels/{id}/meetings/{meeting_id} channels:write
GET /speakers speakers:read
GET /speakers/{id} speakers:read
POST /speakers speakers:write
PATCH /speakers/{id} speakers:write
DELETE /speakers/{id} speakers:write
GET /team team:read
GET /team/members team:read
GET /team/members/{id} team:read
GET /webhook-endpoints webhooks:manage
POST /webhook-endpoints webhooks:manage
GET /webhook-endpoints/{id} webhooks:manage
PATCH /webhook-endpoints/{id} webhooks:manage
DELETE /webhook-endpoints/{id} webhooks:manage
POST /webhook-endpoints/{id}/rotate-secret webhooks:manage
POST /webhook-endpoints/{id}/test webhooks:manage
GET /webhook-endpoints/{id}/deliveries webhooks:manage
GET /me ${ANY_KEY}
GET /openapi.json ${NO_KEY}
`
  .trim()
  .split("\n");

const V1_FOLDER = path.join(process.cwd(), "app", "api", "v1");

/** Every route.ts under app/api/v1 (but the catch-all) as a path template, with its `// METHOD /api/v1/...` lines. */
async function routeFiles(): Promise<Map<string, string[]>> {
  const files = new Map<string, string[]>();
  for (const entry of await readdir(V1_FOLDER, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== "route.ts") continue;
    const relative = path.relative(V1_FOLDER, entry.parentPath);
    if (relative.includes("[...")) continue;
    const template = `/${relative
      .split(path.sep)
      .map((segment) => segment.replace(/^\[(\w+)\]$/, "{$1}"))
      .join("/")}`;
    const source = await readFile(path.join(entry.parentPath, entry.name), "utf8");
    files.set(
      template,
      [...source.matchAll(/^\/\/ (GET|POST|PUT|PATCH|DELETE) \/api\/v1(\S+)$/gm)].map(
        (match) => `${match[1]} ${match[2]}`,
      ),
    );
  }
  return files;
}

describe("the route registry", () => {
  it("holds exactly API.md's endpoints, each with API.md's scope", () => {
    expect(
      OPERATION_LIST.map((operation) => `${operation.method} ${operation.path} ${operation.scope}`).sort(),
    ).toEqual([...API_MD].sort());
  });

  it("names each operation once, under its own key", () => {
    for (const [key, operation] of Object.entries(OPERATIONS)) expect(operation.operationId).toBe(key);
    const routes = OPERATION_LIST.map((operation) => `${operation.method} ${operation.path}`);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it("has a route file per path, whose comment lines list exactly the registry's methods", async () => {
    const files = await routeFiles();
    const registry = new Map<string, string[]>();
    for (const operation of OPERATION_LIST)
      registry.set(operation.path, [...(registry.get(operation.path) ?? []), `${operation.method} ${operation.path}`]);
    expect([...files.keys()].sort()).toEqual([...registry.keys()].sort());
    for (const [template, lines] of files) expect(lines.sort(), template).toEqual(registry.get(template)!.sort());
  });

  it("gives every body a request example that its schema accepts", () => {
    for (const operation of OPERATION_LIST) {
      if (!operation.body) continue;
      expect(operation.requestExample, operation.operationId).toBeDefined();
      expect(operation.body.safeParse(operation.requestExample).success, operation.operationId).toBe(true);
    }
  });
});

describe("the OpenAPI document", () => {
  const document = openApiDocument();

  it("is valid OpenAPI 3.1", async () => {
    const validated = await SwaggerParser.validate(structuredClone(document) as never);
    expect((validated as { openapi: string }).openapi).toBe("3.1.0");
  });

  it("documents every operation with its scope, parameters, success and error responses", () => {
    for (const operation of OPERATION_LIST) {
      const documented = document.paths?.[operation.path]?.[operation.method.toLowerCase() as "get"];
      expect(documented, `${operation.method} ${operation.path}`).toBeDefined();
      expect(documented!.operationId).toBe(operation.operationId);
      expect(Object.keys(documented!.responses!)).toContain(String(operation.result.status));
      const parameters = (documented!.parameters ?? []) as { in: string; name: string }[];
      for (const name of Object.keys(operation.params))
        expect(parameters).toContainEqual(expect.objectContaining({ in: "path", name }));
      if (operation.scope === NO_KEY) {
        expect(documented!.security).toEqual([]);
        continue;
      }
      expect(documented!.security).toEqual([{ bearerAuth: operation.scope === ANY_KEY ? [] : [operation.scope] }]);
      expect(documented!.description).toContain(
        operation.scope === ANY_KEY ? "Any valid API key" : `\`${operation.scope}\``,
      );
      for (const status of ["400", "401", "403", "429", "500", "503"])
        expect(Object.keys(documented!.responses!), `${operation.operationId} ${status}`).toContain(status);
      if (Object.keys(operation.params).length) expect(Object.keys(documented!.responses!)).toContain("404");
      if (operation.body) {
        expect(Object.keys(documented!.responses!)).toEqual(expect.arrayContaining(["413", "415", "422"]));
        expect(documented!.requestBody).toBeDefined();
      }
      if (operation.idempotent)
        expect(parameters).toContainEqual(expect.objectContaining({ in: "header", name: "Idempotency-Key" }));
    }
  });

  it("declares the bearer scheme and mentions every scope", () => {
    const scheme = document.components?.securitySchemes?.bearerAuth as {
      type: string;
      scheme: string;
      description: string;
    };
    expect(scheme).toMatchObject({ type: "http", scheme: "bearer" });
    for (const scope of SCOPE_NAMES) expect(scheme.description).toContain(scope);
  });

  it("shows a webhook endpoint's signing secret in the create and rotate responses only", async () => {
    const dereferenced = (await SwaggerParser.dereference(structuredClone(document) as never)) as unknown as {
      paths: Record<
        string,
        Record<
          string,
          { operationId: string; responses: Record<string, { content?: Record<string, { schema: unknown }> }> }
        >
      >;
    };
    const hasSecret = (schema: unknown, seen = new Set<unknown>()): boolean => {
      if (!schema || typeof schema !== "object" || seen.has(schema)) return false;
      seen.add(schema);
      const properties = (schema as { properties?: Record<string, unknown> }).properties ?? {};
      return (
        Object.keys(properties).some((name) => /secret$/.test(name)) ||
        Object.values(schema).some((child) => hasSecret(child, seen))
      );
    };
    const withSecret = new Set<string>();
    for (const item of Object.values(dereferenced.paths)) {
      for (const operation of Object.values(item)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (status.startsWith("2") && Object.values(response.content ?? {}).some((media) => hasSecret(media.schema)))
            withSecret.add(operation.operationId);
        }
      }
    }
    expect([...withSecret].sort()).toEqual(["createWebhookEndpoint", "rotateWebhookEndpointSecret"]);
  });

  it("describes every webhook event: the signing headers and a payload carrying the event's object", () => {
    const webhooks = document.webhooks as Record<
      string,
      {
        post: {
          parameters: { in: string; name: string }[];
          requestBody: { content: Record<string, { schema: { $ref: string } }> };
        };
      }
    >;
    expect(Object.keys(webhooks).sort()).toEqual([...SUBSCRIBABLE_EVENT_TYPES, TEST_EVENT_TYPE].sort());
    const schemas = document.components?.schemas as Record<
      string,
      { properties: Record<string, { const?: string; properties?: Record<string, unknown> }> }
    >;
    for (const [type, { post }] of Object.entries(webhooks)) {
      expect(
        post.parameters.map((parameter) => `${parameter.in} ${parameter.name}`),
        type,
      ).toEqual(["header webhook-id", "header webhook-timestamp", "header webhook-signature"]);
      const payload = schemas[post.requestBody.content["application/json"]!.schema.$ref.split("/").pop()!]!;
      expect(Object.keys(payload.properties), type).toEqual(["id", "type", "timestamp", "data"]);
      expect(payload.properties.type!.const).toBe(type);
      expect(Object.keys(payload.properties.data!.properties!)).toEqual(["object"]);
    }
  });

  it("gives every webhook payload an example its schema accepts", () => {
    for (const { type } of DOCUMENTED_EVENTS) {
      const schema = webhookPayloadSchema(type);
      const examples = (schema.meta() as { examples?: unknown[] } | undefined)?.examples;
      expect(examples, type).toHaveLength(1);
      expect(schema.safeParse(examples![0]).error?.issues ?? [], type).toEqual([]);
    }
  });

  it("carries examples for resources and errors", () => {
    const schemas = document.components?.schemas as Record<string, { examples?: unknown[] }>;
    for (const name of [
      "Meeting",
      "Recording",
      "TranscriptSegment",
      "Note",
      "ActionItem",
      "Channel",
      "SpeakerProfile",
      "Team",
      "Member",
      "WebhookEndpoint",
      "WebhookEndpointWithSecret",
    ]) {
      expect(schemas[name]?.examples?.length, name).toBeGreaterThan(0);
    }
    const notFound = document.components?.responses?.NotFound as {
      content: Record<string, { examples: Record<string, unknown> }>;
    };
    expect(Object.keys(notFound.content["application/problem+json"]!.examples)).not.toHaveLength(0);
  });
});
