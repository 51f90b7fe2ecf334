import { Fragment, type ReactNode } from "react";

// Just enough Markdown for the document's own descriptions: ## headings (with anchors),
// ``` fences, paragraphs, `code` and **bold**.

export function inline(text: string): ReactNode[] {
  const parts = text.split(/(`[^`]+`|\*\*[^*]+\*\*)/g);
  return parts.map((part, i) => {
    if (part.startsWith("`") && part.endsWith("`")) {
      return (
        <code key={i} className="rounded bg-muted px-1 py-0.5 font-mono text-[0.85em]">
          {part.slice(1, -1)}
        </code>
      );
    }
    if (part.startsWith("**") && part.endsWith("**")) return <strong key={i}>{part.slice(2, -2)}</strong>;
    return <Fragment key={i}>{part}</Fragment>;
  });
}

/** "Key pattern" -> "key-pattern": the heading's anchor, for links from the app and the README. */
export function headingId(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function Markdown({ text, headingLevel = 3 }: { text: string; headingLevel?: 2 | 3 }) {
  const blocks: ReactNode[] = [];
  const lines = text.split("\n");
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length)
      blocks.push(
        <p key={blocks.length} className="leading-relaxed text-muted-foreground">
          {inline(paragraph.join(" "))}
        </p>,
      );
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("```")) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith("```"); i++) code.push(lines[i]!);
      blocks.push(<CodeBlock key={blocks.length} code={code.join("\n")} />);
    } else if (line.startsWith("## ")) {
      flush();
      const Heading = `h${headingLevel}` as const;
      const title = line.slice(3);
      blocks.push(
        <Heading key={blocks.length} id={headingId(title)} className="scroll-mt-6 pt-2 text-base font-semibold">
          {title}
        </Heading>,
      );
    } else if (!line.trim()) {
      flush();
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  return <div className="space-y-3 text-sm">{blocks}</div>;
}

/** Focusable, so keyboard users can scroll code wider than the column. */
export function CodeBlock({ code, label }: { code: string; label?: string }) {
  return (
    <pre
      tabIndex={0}
      aria-label={label}
      className="overflow-x-auto rounded-lg border bg-muted/60 p-3 font-mono text-xs leading-relaxed focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
    >
      <code>{code}</code>
    </pre>
  );
}
