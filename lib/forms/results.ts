import type { z } from "zod";

/** A message per field, shown next to it. */
export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

/** What a settings server action answers when it refuses: a message for the form, or per field. */
export type FormFailure<Field extends string = never> = {
  ok: false;
  formError?: string;
  fieldErrors?: FieldErrors<Field>;
};

/** Where a field named by a schema or a domain goes in a form; null: it is the form's own message. */
export type FieldOf<Field extends string> = (field: PropertyKey | undefined) => Field | null;

/** First message per field; the first message about anything else is the form's. */
export function issueMessages<Field extends string>(
  error: z.ZodError,
  fieldOf: FieldOf<Field>,
): { fieldErrors: FieldErrors<Field>; formError?: string } {
  const fieldErrors: FieldErrors<Field> = {};
  let formError: string | undefined;
  for (const issue of error.issues) {
    const field = fieldOf(issue.path[0]);
    if (field) fieldErrors[field] ??= issue.message;
    else formError ??= issue.message;
  }
  return { fieldErrors, formError };
}
