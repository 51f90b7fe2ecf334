import { z } from "zod";

/**
 * A request schema as the guard parses it: unknown keys become one error each, at their own
 * path (`{ field: "titel", message: "Unknown field." }`) rather than one nameless
 * "Unrecognized keys" error, and a missing required value reads "Required.".
 */
export function acceptOnly<T extends z.ZodType>(schema: T, noun: "field" | "parameter") {
  return z.unknown().transform((value, ctx): z.output<T> => {
    const result = schema.safeParse(value, {
      error: (issue) => (issue.code === "invalid_type" && issue.input === undefined ? "Required." : undefined),
    });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys)
          ctx.issues.push({ code: "custom", path: [...issue.path, key], message: `Unknown ${noun}.`, input: value });
      } else {
        ctx.issues.push({ ...issue, input: value } as z.core.$ZodRawIssue);
      }
    }
    return z.NEVER;
  });
}
