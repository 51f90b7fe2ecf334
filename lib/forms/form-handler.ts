import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/permissions/actor";
import { assertPermission } from "@/lib/permissions/assert-permission";
import type { Permission } from "@/lib/permissions/permissions";
import { failureFrom, INVALID_REQUEST, noField, type FailureOptions } from "./failure";
import { issueMessages, type FieldOf, type FormFailure } from "./results";

/**
 * What a settings server action does once it knows who is asking (./team-action finds out).
 * Apart from the action so it can be tested without a request, and is not itself callable
 * from the browser.
 */
export type FormHandler<Result> = (actor: Actor, teamId: string, input: unknown) => Promise<Result>;

/** A form's own parser, for forms that put their messages next to their fields. */
export type FormParser<Input, Field extends string> = (
  input: unknown,
) =>
  | { success: true; data: Input }
  | { success: false; fieldErrors?: FormFailure<Field>["fieldErrors"]; formError?: string };

export interface FormHandlerOptions<Input, Field extends string> {
  /** Checked before the input is read: who may not act learns nothing about it. Without it, the domain checks. */
  permission?: Permission;
  /**
   * The shared schema, or the form's own parser. Input the schema rejects did not come from
   * the form: INVALID_REQUEST, unless the complaint is about one of the form's fields.
   */
  parse: z.ZodType<Input> | FormParser<Input, Field>;
  failures?: FailureOptions<Field>;
}

export interface FormContext {
  actor: Actor;
  teamId: string;
  /** The role the permission was checked against; null without a permission. */
  role: Role | null;
}

function parseRequest<Input, Field extends string>(
  schema: z.ZodType<Input>,
  input: unknown,
  fieldOf: FieldOf<Field>,
): ReturnType<FormParser<Input, Field>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { success: true, data: parsed.data };
  const { fieldErrors } = issueMessages(parsed.error, fieldOf);
  return Object.keys(fieldErrors).length
    ? { success: false, fieldErrors }
    : { success: false, formError: INVALID_REQUEST };
}

/** Checks the permission, parses the input, runs the domain call, and turns refusals into form failures. */
export function formHandler<Input, Ok extends { ok: true }, Field extends string = never>(
  options: FormHandlerOptions<Input, Field>,
  run: (input: Input, context: FormContext) => Promise<Ok>,
): FormHandler<Ok | FormFailure<Field>> {
  const { permission, parse, failures = {} } = options;
  return async (actor, teamId, input) => {
    try {
      const role = permission ? await assertPermission(actor, teamId, permission) : null;
      const parsed =
        typeof parse === "function" ? parse(input) : parseRequest(parse, input, failures.fieldOf ?? noField);
      if (!parsed.success) return { ok: false, fieldErrors: parsed.fieldErrors, formError: parsed.formError };
      return await run(parsed.data, { actor, teamId, role });
    } catch (error) {
      return failureFrom(error, failures);
    }
  };
}
