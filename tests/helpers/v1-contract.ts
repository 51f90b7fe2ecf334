import SwaggerParser from "@apidevtools/swagger-parser";
import { z } from "zod";
import { openApiDocument } from "@/lib/api/openapi";
import type { Operation } from "@/lib/api/v1/operation";

type Dereferenced = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
  >;
  webhooks: Record<string, { post: { requestBody: { content: Record<string, { schema: unknown }> } } }>;
};

let document: Promise<Dereferenced> | undefined;

/** The OpenAPI document with every $ref resolved, as a client generator would read it. */
function dereferenced(): Promise<Dereferenced> {
  document ??= SwaggerParser.dereference(
    structuredClone(openApiDocument()) as never,
  ) as unknown as Promise<Dereferenced>;
  return document;
}

/**
 * Checks a real response against the schema the OpenAPI document gives for the operation,
 * status and media type (converted back from JSON Schema, so the check is of the document,
 * not of the zod source). Returns the problems, empty when it conforms.
 */
export async function contractProblems(operation: Operation, response: Response, body: unknown): Promise<string[]> {
  const doc = await dereferenced();
  const documented = doc.paths[operation.path]?.[operation.method.toLowerCase()]?.responses[String(response.status)];
  if (!documented) return [`${response.status} is not documented for ${operation.method} ${operation.path}`];
  const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
  if (!documented.content)
    return body === null || body === "" ? [] : [`${response.status} is documented without a body`];
  const entry =
    documented.content[mediaType] ??
    Object.entries(documented.content).find(
      ([type]) => type.endsWith("/*") && mediaType.startsWith(type.slice(0, -1)),
    )?.[1];
  if (!entry)
    return [
      `${mediaType} is not documented for ${response.status} (documented: ${Object.keys(documented.content).join(", ")})`,
    ];
  const result = z.fromJSONSchema(entry.schema as never).safeParse(body);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join(".") || "(body)"}: ${issue.message}`);
}

/** Checks a webhook payload against the document's `webhooks` entry for its type. Returns the problems. */
export async function webhookPayloadProblems(payload: { type: string }): Promise<string[]> {
  const doc = await dereferenced();
  const documented = doc.webhooks[payload.type]?.post.requestBody.content["application/json"];
  if (!documented) return [`${payload.type} is not documented under webhooks`];
  const result = z.fromJSONSchema(documented.schema as never).safeParse(payload);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join(".") || "(payload)"}: ${issue.message}`);
}
