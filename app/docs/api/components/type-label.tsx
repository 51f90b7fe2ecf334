import { typeLabel, type JsonSchema } from "../json-schema";

export function TypeLabel({ schema }: { schema: JsonSchema }) {
  return (
    <span className="font-mono text-xs">
      {typeLabel(schema).map((part, i) =>
        part.ref ? (
          <a key={i} href={`#schema-${part.ref}`} className="text-primary underline underline-offset-2">
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}
