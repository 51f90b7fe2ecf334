import type { z } from "zod";
import { EmailDeliveryError } from "@/lib/email/send-email";
import { DomainError } from "@/lib/errors/domain-error";
import { fieldErrors } from "@/lib/validations/auth";

/** What the sign-in, reset and Account forms get back: done, or messages per field (`form` for the whole form). */
export type FormResult = { ok: true } | { ok: false; errors: Record<string, string> };

const EMAIL_NOT_SENT = "We couldn't send the email just now. Try again in a moment.";

export const refuse = (field: string, message: string): FormResult => ({ ok: false, errors: { [field]: message } });

/** Parses a form's input with its shared schema, or answers with the schema's messages. */
export function parseForm<T>(
  schema: z.ZodType<T>,
  input: unknown,
): { ok: true; data: T } | { ok: false; errors: Record<string, string> } {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: fieldErrors(parsed.error) };
}

/**
 * Runs a form's work that sends email: a refusal (DomainError) or an SMTP server that
 * refuses becomes the form's message, not an error page.
 */
export async function sendOrRefuse(send: () => Promise<FormResult | void>): Promise<FormResult> {
  try {
    return (await send()) ?? { ok: true };
  } catch (error) {
    if (error instanceof DomainError) return refuse("form", error.message);
    if (error instanceof EmailDeliveryError) return refuse("form", EMAIL_NOT_SENT);
    throw error;
  }
}
