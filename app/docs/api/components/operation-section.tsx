import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { constraints, exampleOf, type Components, type JsonSchema } from "../json-schema";
import { FieldsTable } from "./fields-table";
import { CodeBlock, inline, Markdown } from "./markdown";
import { MethodBadge } from "./method-badge";
import { TypeLabel } from "./type-label";

export interface DocumentedOperation {
  method: string;
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  requiredScope: string | null;
  authenticated: boolean;
  parameters: { name: string; in: string; required?: boolean; description?: string; schema: JsonSchema }[];
  requestBody?: { schema: JsonSchema; example?: unknown };
  responses: { status: string; description: string; content: Record<string, JsonSchema>; ref?: string }[];
}

function curl(operation: DocumentedOperation, baseUrl: string): string {
  const query = operation.parameters
    .filter((parameter) => parameter.in === "query" && parameter.name === "limit")
    .map(() => "?limit=20");
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => `{${name}}`);
  const lines = [
    `curl ${operation.method === "GET" ? "" : `-X ${operation.method} `}"${baseUrl}${path}${query.join("")}"`,
  ];
  if (operation.authenticated) lines.push(`  -H "Authorization: Bearer $MAVIO_API_KEY"`);
  if (operation.requestBody) {
    lines.push(`  -H "Content-Type: application/json"`);
    if (operation.method === "POST") lines.push(`  -H "Idempotency-Key: $(uuidgen)"`);
    lines.push(`  -d '${JSON.stringify(operation.requestBody.example ?? {}).replace(/'/g, "'\\''")}'`);
  }
  return lines.join(" \\\n");
}

export function OperationSection({
  operation,
  components,
  baseUrl,
}: {
  operation: DocumentedOperation;
  components: Components;
  baseUrl: string;
}) {
  const success = operation.responses.filter((response) => response.status.startsWith("2"));
  const errors = operation.responses.filter((response) => !response.status.startsWith("2"));
  return (
    <section
      id={operation.operationId}
      aria-labelledby={`${operation.operationId}-title`}
      className="scroll-mt-20 space-y-4 border-t pt-8"
    >
      <div className="space-y-2">
        <h3 id={`${operation.operationId}-title`} className="text-lg font-semibold">
          {operation.summary}
        </h3>
        <p className="flex flex-wrap items-center gap-2">
          <MethodBadge method={operation.method} />
          <code className="font-mono text-sm break-all">{operation.path}</code>
          {operation.requiredScope ? (
            <Badge variant="outline" className="font-mono">
              {operation.requiredScope}
            </Badge>
          ) : (
            <Badge variant="secondary">{operation.authenticated ? "any valid key" : "no key needed"}</Badge>
          )}
        </p>
      </div>
      {operation.description ? <Markdown text={operation.description} /> : null}

      {operation.parameters.length ? (
        <div className="space-y-2">
          <h4 className="text-sm font-semibold">Parameters</h4>
          <Table>
            <caption className="sr-only">Parameters of {operation.summary}</caption>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>In</TableHead>
                <TableHead>Type</TableHead>
                <TableHead>Description</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {operation.parameters.map((parameter) => (
                <TableRow key={`${parameter.in}-${parameter.name}`}>
                  <TableCell className="align-top font-mono text-xs whitespace-nowrap">
                    {parameter.name}
                    {parameter.required ? null : <span className="ml-1 font-sans text-muted-foreground">optional</span>}
                  </TableCell>
                  <TableCell className="align-top text-xs">{parameter.in}</TableCell>
                  <TableCell className="align-top">
                    <TypeLabel schema={parameter.schema} />
                  </TableCell>
                  <TableCell className="align-top text-xs whitespace-normal text-muted-foreground">
                    {inline(
                      [parameter.description ?? parameter.schema.description, ...constraints(parameter.schema)]
                        .filter(Boolean)
                        .join(" · "),
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}

      {operation.requestBody ? (
        <div className="space-y-2">
          <h4 className="text-sm font-semibold">Request body</h4>
          <FieldsTable
            schema={operation.requestBody.schema}
            components={components}
            caption={`Request body of ${operation.summary}`}
          />
        </div>
      ) : null}

      <div className="space-y-2">
        <h4 className="text-sm font-semibold">Example request</h4>
        <CodeBlock code={curl(operation, baseUrl)} label={`Example request for ${operation.summary}`} />
      </div>

      <div className="space-y-2">
        <h4 className="text-sm font-semibold">Responses</h4>
        <ul className="space-y-3 text-sm">
          {success.map((response) => (
            <li key={response.status} className="space-y-2">
              <p>
                <span className="font-mono font-semibold">{response.status}</span>{" "}
                <span className="text-muted-foreground">{response.description}</span>
              </p>
              {Object.entries(response.content).map(([type, schema]) => {
                const example = exampleOf(schema, components);
                return (
                  <div key={type} className="space-y-1 pl-4">
                    <p className="text-xs text-muted-foreground">
                      <code className="font-mono">{type}</code>:{" "}
                      {schema.$ref || !schema.properties ? (
                        <TypeLabel schema={schema} />
                      ) : (
                        "an object with these fields"
                      )}
                    </p>
                    {!schema.$ref && schema.properties ? (
                      <FieldsTable
                        schema={schema}
                        components={components}
                        caption={`${response.status} response of ${operation.summary}`}
                      />
                    ) : null}
                    {example !== undefined && type === "application/json" ? (
                      <CodeBlock
                        code={JSON.stringify(example, null, 2)}
                        label={`Example ${response.status} response`}
                      />
                    ) : null}
                  </div>
                );
              })}
            </li>
          ))}
        </ul>
        <p className="flex flex-wrap gap-1.5 text-xs text-muted-foreground">
          <span>Errors:</span>
          {errors.map((response) => (
            <a
              key={response.status}
              href={`#error-${response.ref ?? response.status}`}
              title={response.description}
              className="rounded border px-1.5 font-mono hover:bg-accent"
            >
              {response.status}
            </a>
          ))}
        </p>
      </div>
    </section>
  );
}
