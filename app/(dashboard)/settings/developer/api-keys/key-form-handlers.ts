import { z } from "zod";
import type { KeyActor } from "@/lib/keys/actor";
import { createApiKey } from "@/lib/keys/create-key";
import { KeyNotFoundError, KeyPermissionError, KeyRuleError } from "@/lib/keys/errors";
import {
  createFormFieldOf,
  parseCreateKeyForm,
  renameKeyFormSchema,
  revokeKeyFormSchema,
  rotateKeyFormSchema,
  type CreateKeyField,
  type CreateKeyResult,
  type RenameKeyResult,
  type RevokeKeyResult,
  type RotateKeyResult,
} from "@/lib/keys/form";
import { renameApiKey } from "@/lib/keys/rename-key";
import { revokeApiKey } from "@/lib/keys/revoke-key";
import { rotateApiKey } from "@/lib/keys/rotate-key";
import type { FormFailure } from "@/lib/forms/results";

// What the settings page's server actions do once they know who is asking: parse the form
// with the shared schemas, call the key domain, and turn people's mistakes (and members
// trying what only admins may do) into messages instead of errors. Kept apart from
// actions.ts so they can be tested without a request, and so they are not themselves
// callable from the browser.

const INVALID_REQUEST = "This request could not be understood. Reload the page and try again.";

function failureFrom<Field extends string>(
  error: unknown,
  fieldOf: (error: KeyRuleError) => Field | null,
): FormFailure<Field> {
  if (error instanceof KeyPermissionError || error instanceof KeyNotFoundError)
    return { ok: false, formError: error.message };
  if (error instanceof KeyRuleError) {
    const field = fieldOf(error);
    return field
      ? { ok: false, fieldErrors: { [field]: error.message } as FormFailure<Field>["fieldErrors"] }
      : { ok: false, formError: error.message };
  }
  if (error instanceof z.ZodError) return { ok: false, formError: error.issues[0]?.message ?? INVALID_REQUEST };
  throw error;
}

export async function createKeyFromForm(actor: KeyActor, teamId: string, values: unknown): Promise<CreateKeyResult> {
  const form = parseCreateKeyForm(values);
  if (!form.success) return { ok: false, fieldErrors: form.fieldErrors };
  try {
    const { key, record } = await createApiKey(actor, teamId, form.data);
    return { ok: true, created: { id: record.id, name: record.name, last4: record.last4, key } };
  } catch (error) {
    return failureFrom<CreateKeyField>(error, createFormFieldOf);
  }
}

export async function rotateKeyFromForm(actor: KeyActor, teamId: string, values: unknown): Promise<RotateKeyResult> {
  const form = rotateKeyFormSchema.safeParse(values);
  if (!form.success) return { ok: false, formError: INVALID_REQUEST };
  try {
    const { key, record, oldKeyExpiresAt } = await rotateApiKey(actor, teamId, form.data.keyId, form.data.grace);
    return {
      ok: true,
      created: { id: record.id, name: record.name, last4: record.last4, key },
      oldKeyExpiresAt: oldKeyExpiresAt.toISOString(),
    };
  } catch (error) {
    return failureFrom(error, () => null);
  }
}

export async function revokeKeyFromForm(actor: KeyActor, teamId: string, values: unknown): Promise<RevokeKeyResult> {
  const form = revokeKeyFormSchema.safeParse(values);
  if (!form.success) return { ok: false, formError: INVALID_REQUEST };
  try {
    await revokeApiKey(actor, teamId, form.data.keyId);
    return { ok: true };
  } catch (error) {
    return failureFrom(error, () => null);
  }
}

export async function renameKeyFromForm(actor: KeyActor, teamId: string, values: unknown): Promise<RenameKeyResult> {
  const form = renameKeyFormSchema.safeParse(values);
  if (!form.success) {
    const nameIssue = form.error.issues.find((issue) => issue.path[0] === "name");
    return nameIssue
      ? { ok: false, fieldErrors: { name: nameIssue.message } }
      : { ok: false, formError: INVALID_REQUEST };
  }
  try {
    const renamed = await renameApiKey(actor, teamId, form.data.keyId, form.data.name);
    return { ok: true, name: renamed.name };
  } catch (error) {
    return failureFrom(error, () => null);
  }
}
