/** A message per field, shown next to it. */
export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

/** What a settings server action answers when it refuses: a message for the form, or per field. */
export type FormFailure<Field extends string = never> = {
  ok: false;
  formError?: string;
  fieldErrors?: FieldErrors<Field>;
};
