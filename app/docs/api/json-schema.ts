// Reading the OpenAPI document's JSON Schemas for display: type labels, field rows, $refs.

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  example?: unknown;
  examples?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
}

export type Components = Record<string, JsonSchema>;

export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf("/") + 1);
}

export function resolve(schema: JsonSchema, components: Components): JsonSchema {
  return schema.$ref ? (components[refName(schema.$ref)] ?? {}) : schema;
}

/** Parts of a type label; `ref` parts link to the schema. */
export type LabelPart = { text: string; ref?: string };

export function typeLabel(schema: JsonSchema): LabelPart[] {
  if (schema.$ref) return [{ text: refName(schema.$ref), ref: refName(schema.$ref) }];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.flatMap((variant, i) => [...(i ? [{ text: " | " }] : []), ...typeLabel(variant)]);
  if (schema.const !== undefined) return [{ text: JSON.stringify(schema.const) }];
  if (schema.enum) return [{ text: schema.enum.map((value) => JSON.stringify(value)).join(" | ") }];
  if (Array.isArray(schema.type)) return [{ text: schema.type.join(" | ") }];
  if (schema.type === "array" && schema.items) return [...typeLabel(schema.items), { text: "[]" }];
  if (schema.type === "string" && schema.format) return [{ text: `string (${schema.format})` }];
  return [{ text: schema.type ?? "any" }];
}

export function constraints(schema: JsonSchema): string[] {
  const notes: string[] = [];
  if (schema.minLength !== undefined && schema.maxLength !== undefined)
    notes.push(`${schema.minLength}-${schema.maxLength} characters`);
  else if (schema.maxLength !== undefined) notes.push(`up to ${schema.maxLength} characters`);
  else if (schema.minLength !== undefined) notes.push(`at least ${schema.minLength} characters`);
  if (schema.minimum !== undefined && schema.maximum !== undefined)
    notes.push(`${schema.minimum} to ${schema.maximum}`);
  else if (schema.minimum !== undefined) notes.push(`at least ${schema.minimum}`);
  else if (schema.maximum !== undefined) notes.push(`at most ${schema.maximum}`);
  if (schema.maxItems !== undefined) notes.push(`at most ${schema.maxItems} items`);
  if (schema.default !== undefined) notes.push(`default \`${JSON.stringify(schema.default)}\``);
  return notes;
}

export interface FieldRow {
  name: string;
  schema: JsonSchema;
  required: boolean;
}

/** The rows of an object schema; inline nested objects (not $refs) are flattened as `parent.child`. */
export function fieldRows(schema: JsonSchema, components: Components, prefix = ""): FieldRow[] {
  const object = resolve(schema, components);
  const rows: FieldRow[] = [];
  for (const [name, property] of Object.entries(object.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    rows.push({ name: path, schema: property, required: object.required?.includes(name) ?? false });
    const inline = inlineObject(property);
    if (inline) rows.push(...fieldRows(inline.schema, components, inline.array ? `${path}[]` : path));
  }
  return rows;
}

function inlineObject(schema: JsonSchema): { schema: JsonSchema; array: boolean } | null {
  if (schema.$ref) return null;
  if (schema.properties) return { schema, array: false };
  if (schema.type === "array" && schema.items && !schema.items.$ref && schema.items.properties)
    return { schema: schema.items, array: true };
  const variant = (schema.anyOf ?? schema.oneOf)?.find((candidate) => candidate.properties && !candidate.$ref);
  return variant ? { schema: variant, array: false } : null;
}

export function exampleOf(schema: JsonSchema, components: Components): unknown {
  const target = resolve(schema, components);
  return target.examples?.[0] ?? target.example;
}
