import { formHandler, type FormHandler } from "@/lib/forms/form-handler";
import { createApiKey } from "@/lib/keys/create-key";
import {
  createFormFieldOf,
  parseCreateKeyForm,
  renameKeyFormSchema,
  revokeKeyFormSchema,
  rotateKeyFormSchema,
  type CreateKeyResult,
  type RenameKeyResult,
  type RevokeKeyResult,
  type RotateKeyResult,
} from "@/lib/keys/form";
import { renameApiKey } from "@/lib/keys/rename-key";
import { revokeApiKey } from "@/lib/keys/revoke-key";
import { rotateApiKey } from "@/lib/keys/rotate-key";
import { acknowledgeExposure, setExposedKeyResponse } from "@/lib/secret-scanning/exposures";
import {
  acknowledgeExposureFormSchema,
  exposedKeyResponseFormSchema,
  type AcknowledgeExposureResult,
  type ExposedKeyResponseResult,
} from "@/lib/secret-scanning/form";

// The API keys page's form handlers. The key domain checks who may manage keys itself, so
// the handlers name no permission: a member's invalid form still hears what to fix.

export const createKeyFromForm: FormHandler<CreateKeyResult> = formHandler(
  { parse: parseCreateKeyForm, failures: { fieldOf: createFormFieldOf } },
  async (input, { actor, teamId }) => {
    const { key, record } = await createApiKey(actor, teamId, input);
    return { ok: true, created: { id: record.id, name: record.name, last4: record.last4, key } };
  },
);

export const rotateKeyFromForm: FormHandler<RotateKeyResult> = formHandler(
  { parse: rotateKeyFormSchema },
  async ({ keyId, grace }, { actor, teamId }) => {
    const { key, record, oldKeyExpiresAt } = await rotateApiKey(actor, teamId, keyId, grace);
    return {
      ok: true,
      created: { id: record.id, name: record.name, last4: record.last4, key },
      oldKeyExpiresAt: oldKeyExpiresAt.toISOString(),
    };
  },
);

export const revokeKeyFromForm: FormHandler<RevokeKeyResult> = formHandler(
  { parse: revokeKeyFormSchema },
  async ({ keyId }, { actor, teamId }) => {
    await revokeApiKey(actor, teamId, keyId);
    return { ok: true };
  },
);

export const renameKeyFromForm: FormHandler<RenameKeyResult> = formHandler(
  { parse: renameKeyFormSchema, failures: { fieldOf: (field) => (field === "name" ? "name" : null) } },
  async ({ keyId, name }, { actor, teamId }) => {
    const renamed = await renameApiKey(actor, teamId, keyId, name);
    return { ok: true, name: renamed.name };
  },
);

export const acknowledgeExposureFromForm: FormHandler<AcknowledgeExposureResult> = formHandler(
  { parse: acknowledgeExposureFormSchema },
  async ({ exposureId }, { actor, teamId }) => {
    await acknowledgeExposure(actor, teamId, exposureId);
    return { ok: true };
  },
);

export const exposedKeyResponseFromForm: FormHandler<ExposedKeyResponseResult> = formHandler(
  { parse: exposedKeyResponseFormSchema, failures: { fieldOf: (field) => (field === "response" ? "response" : null) } },
  async ({ response }, { actor, teamId }) => {
    await setExposedKeyResponse(actor, teamId, response);
    return { ok: true, response };
  },
);
