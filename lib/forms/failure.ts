import { z } from "zod";
import { DomainError, type DomainErrorCode } from "@/lib/errors/domain-error";
import { issueMessages, type FieldErrors, type FieldOf, type FormFailure } from "./results";

export const INVALID_REQUEST = "This request could not be understood. Reload the page and try again.";

export interface FailureOptions<Field extends string> {
  /** Where the domain's and the schemas' field names go in this form; without it every message is the form's. */
  fieldOf?: FieldOf<Field>;
  /** A code whose message belongs next to one field (an event the role may not read: next to the events). */
  fieldForCode?: Partial<Record<DomainErrorCode, Field>>;
  /** The form's own words for a code, where the domain's would not help the person (a stale page's not_found). */
  messages?: Partial<Record<DomainErrorCode, string>>;
}

export const noField = (): null => null;

/**
 * A domain refusal or a schema's complaint as the form shows it: people's mistakes become
 * messages, not errors. Anything else is a bug and is thrown on.
 */
export function failureFrom<Field extends string = never>(
  error: unknown,
  { fieldOf = noField, fieldForCode = {}, messages = {} }: FailureOptions<Field> = {},
): FormFailure<Field> {
  if (error instanceof DomainError) {
    const formWords = messages[error.code];
    if (formWords) return { ok: false, formError: formWords };
    const codeField = fieldForCode[error.code];
    if (codeField) return { ok: false, fieldErrors: { [codeField]: error.message } as FieldErrors<Field> };
    const fieldErrors: FieldErrors<Field> = {};
    for (const { field, message } of error.fieldErrors) {
      const formField = fieldOf(field);
      if (formField) fieldErrors[formField] ??= message;
    }
    return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: false, formError: error.message };
  }
  if (error instanceof z.ZodError) {
    const { fieldErrors, formError } = issueMessages(error, fieldOf);
    if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors, formError };
    return { ok: false, formError: formError ?? INVALID_REQUEST };
  }
  throw error;
}
