import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { Logo } from "@/components/brand/logo";
import { openApiDocument } from "@/lib/api/openapi";
import { FieldsTable } from "./components/fields-table";
import { CodeBlock, Markdown } from "./components/markdown";
import { MethodBadge } from "./components/method-badge";
import { OperationSection, type DocumentedOperation } from "./components/operation-section";
import { exampleOf, refName, type Components, type JsonSchema } from "./json-schema";

export const metadata: Metadata = {
  title: "API reference",
  description: "The Mavio API v1: endpoints, scopes, schemas and errors.",
};

type Raw = Record<string, unknown>;

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/** The document's operations, grouped by tag in the document's tag order, with $refs resolved for display. */
function operationsByTag() {
  const document = openApiDocument() as unknown as {
    tags: { name: string; description: string }[];
    paths: Record<string, Record<string, Raw>>;
    components: { responses: Record<string, Raw> };
  };
  const groups = new Map(
    document.tags.map((tag) => [tag.name, { description: tag.description, operations: [] as DocumentedOperation[] }]),
  );
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const responses = Object.entries(operation.responses as Record<string, Raw>).map(([status, response]) => {
        const ref = typeof response.$ref === "string" ? refName(response.$ref) : undefined;
        const resolved = ref ? document.components.responses[ref]! : response;
        const content = Object.fromEntries(
          Object.entries((resolved.content ?? {}) as Record<string, { schema: JsonSchema }>).map(([type, media]) => [
            type,
            media.schema,
          ]),
        );
        return { status, description: String(resolved.description ?? ""), content, ref };
      });
      const body = operation.requestBody as
        { content: Record<string, { schema: JsonSchema; example?: unknown }> } | undefined;
      const security = operation.security as Record<string, string[]>[];
      const documented: DocumentedOperation = {
        method: method.toUpperCase(),
        path,
        operationId: String(operation.operationId),
        summary: String(operation.summary),
        description: operation.description as string | undefined,
        requiredScope: (operation["x-required-scope"] as string | null) ?? null,
        authenticated: security.length > 0,
        parameters: (operation.parameters ?? []) as DocumentedOperation["parameters"],
        requestBody: body ? body.content["application/json"] : undefined,
        responses,
      };
      groups.get(String((operation.tags as string[])[0]))?.operations.push(documented);
    }
  }
  return [...groups.entries()].filter(([, group]) => group.operations.length);
}

async function baseUrl(): Promise<string> {
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost:3000";
  const protocol =
    list.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${protocol}://${host}/api/v1`;
}

export default async function ApiReferencePage() {
  const document = openApiDocument() as unknown as {
    info: { title: string; version: string; description: string };
    components: {
      schemas: Components;
      responses: Record<
        string,
        { description: string; content: Record<string, { examples?: Record<string, { value: unknown }> }> }
      >;
    };
  };
  const groups = operationsByTag();
  const url = await baseUrl();
  const schemas = document.components.schemas;

  return (
    <div className="mx-auto w-full max-w-7xl px-4 py-6 sm:px-6">
      <header className="flex flex-wrap items-center justify-between gap-4 border-b pb-4">
        <div className="flex items-center gap-3">
          <Logo />
          <span className="text-muted-foreground">/</span>
          <span className="font-medium">API reference</span>
        </div>
        <a href="/api/v1/openapi.json" className="text-sm text-primary underline underline-offset-2">
          OpenAPI 3.1 document (JSON)
        </a>
      </header>

      <div className="mt-8 grid gap-10 lg:grid-cols-[240px_minmax(0,1fr)]">
        <nav
          aria-label="API reference"
          className="text-sm lg:sticky lg:top-6 lg:max-h-[calc(100dvh-3rem)] lg:self-start lg:overflow-y-auto"
        >
          <ul className="space-y-4">
            <li>
              <a href="#introduction" className="font-medium hover:underline">
                Introduction
              </a>
            </li>
            {groups.map(([tag, group]) => (
              <li key={tag}>
                <a href={`#tag-${tag.replace(/\W+/g, "-")}`} className="font-medium hover:underline">
                  {tag}
                </a>
                <ul className="mt-1 space-y-1">
                  {group.operations.map((operation) => (
                    <li key={operation.operationId}>
                      <a
                        href={`#${operation.operationId}`}
                        className="flex items-center gap-2 text-muted-foreground hover:text-foreground"
                      >
                        <MethodBadge method={operation.method} className="w-12" />
                        <span className="truncate">{operation.summary}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
            <li>
              <a href="#errors" className="font-medium hover:underline">
                Errors
              </a>
            </li>
            <li>
              <a href="#schemas" className="font-medium hover:underline">
                Schemas
              </a>
            </li>
          </ul>
        </nav>

        <main className="min-w-0 space-y-12">
          <section id="introduction" aria-labelledby="introduction-title" className="space-y-4">
            <h1 id="introduction-title" className="text-3xl font-semibold tracking-tight">
              {document.info.title}{" "}
              <span className="align-middle text-base font-normal text-muted-foreground">v{document.info.version}</span>
            </h1>
            <p className="text-sm">
              Base URL: <code className="rounded bg-muted px-1 py-0.5 font-mono">{url}</code>
            </p>
            <Markdown text={document.info.description} headingLevel={2} />
            <p className="text-sm text-muted-foreground">
              Create a key in{" "}
              <Link href="/settings/developer/api-keys" className="text-primary underline underline-offset-2">
                Settings &gt; Developer &gt; API Keys
              </Link>
              .
            </p>
          </section>

          {groups.map(([tag, group]) => (
            <section
              key={tag}
              id={`tag-${tag.replace(/\W+/g, "-")}`}
              aria-labelledby={`tag-${tag.replace(/\W+/g, "-")}-title`}
              className="scroll-mt-6 space-y-6"
            >
              <div className="space-y-1">
                <h2 id={`tag-${tag.replace(/\W+/g, "-")}-title`} className="text-2xl font-semibold tracking-tight">
                  {tag}
                </h2>
                <p className="text-sm text-muted-foreground">{group.description}</p>
              </div>
              {group.operations.map((operation) => (
                <OperationSection
                  key={operation.operationId}
                  operation={operation}
                  components={schemas}
                  baseUrl={url}
                />
              ))}
            </section>
          ))}

          <section id="errors" aria-labelledby="errors-title" className="scroll-mt-6 space-y-6">
            <h2 id="errors-title" className="text-2xl font-semibold tracking-tight">
              Errors
            </h2>
            {Object.entries(document.components.responses).map(([name, response]) => {
              const example = Object.values(response.content["application/problem+json"]?.examples ?? {})[0]?.value as
                { status?: number } | undefined;
              return (
                <div key={name} id={`error-${name}`} className="scroll-mt-6 space-y-2 border-t pt-4">
                  <h3 className="font-semibold">
                    <span className="font-mono">{example?.status}</span> {name.replace(/([a-z])([A-Z])/g, "$1 $2")}
                  </h3>
                  <p className="text-sm text-muted-foreground">{response.description}</p>
                  {example ? (
                    <CodeBlock code={JSON.stringify(example, null, 2)} label={`Example ${name} problem`} />
                  ) : null}
                </div>
              );
            })}
          </section>

          <section id="schemas" aria-labelledby="schemas-title" className="scroll-mt-6 space-y-6">
            <h2 id="schemas-title" className="text-2xl font-semibold tracking-tight">
              Schemas
            </h2>
            {Object.entries(schemas).map(([name, schema]) => {
              const example = exampleOf(schema, schemas);
              return (
                <div key={name} id={`schema-${name}`} className="scroll-mt-6 space-y-3 border-t pt-4">
                  <h3 className="font-mono font-semibold">{name}</h3>
                  {schema.description ? <p className="text-sm text-muted-foreground">{schema.description}</p> : null}
                  <FieldsTable schema={schema} components={schemas} caption={`Fields of ${name}`} />
                  {example !== undefined ? (
                    <CodeBlock code={JSON.stringify(example, null, 2)} label={`Example ${name}`} />
                  ) : null}
                </div>
              );
            })}
          </section>
        </main>
      </div>
    </div>
  );
}
