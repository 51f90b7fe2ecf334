import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { constraints, fieldRows, type Components, type JsonSchema } from "../json-schema";
import { inline } from "./markdown";
import { TypeLabel } from "./type-label";

/** An object schema's fields: name, type, required, description and limits. */
export function FieldsTable({
  schema,
  components,
  caption,
}: {
  schema: JsonSchema;
  components: Components;
  caption: string;
}) {
  const rows = fieldRows(schema, components);
  if (!rows.length) return <p className="text-sm text-muted-foreground">No fields.</p>;
  return (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <TableHeader>
        <TableRow>
          <TableHead>Field</TableHead>
          <TableHead>Type</TableHead>
          <TableHead>Description</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.name}>
            <TableCell className="align-top font-mono text-xs whitespace-nowrap">
              {row.name}
              {row.required ? null : <span className="ml-1 font-sans text-muted-foreground">optional</span>}
            </TableCell>
            <TableCell className="align-top">
              <TypeLabel schema={row.schema} />
            </TableCell>
            <TableCell className="align-top text-xs whitespace-normal text-muted-foreground">
              {inline([row.schema.description, ...constraints(row.schema)].filter(Boolean).join(" · "))}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
