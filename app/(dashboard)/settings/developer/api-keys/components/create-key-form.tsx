"use client";

import { useState } from "react";
import { DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { DialogFormFooter } from "@/components/settings/dialog-form-footer";
import {
  allowlistEntries,
  DEFAULT_EXPIRATION,
  parseCreateKeyForm,
  type CreateKeyField,
  type CreateKeyFormValues,
  type ExpirationChoice,
  type RevealedKey,
} from "@/lib/keys/form";
import type { Scope } from "@/lib/keys/scopes";
import { ipAllowlistSchema } from "@/lib/keys/validations";
import { createApiKeyAction } from "../actions";
import { CUSTOM_DATE_ID, ExpirationPicker } from "./expiration-picker";
import { IP_ALLOWLIST_ID, IpAllowlistField } from "./ip-allowlist-field";
import { KeyNameField } from "./key-name-field";
import { FIRST_SCOPE_ID, ScopePicker } from "./scope-picker";
import { useFormSubmission } from "@/components/settings/use-form-submission";

const NAME_ID = "key-name";
const FOCUS_ORDER: [CreateKeyField, string][] = [
  ["name", NAME_ID],
  ["scopes", FIRST_SCOPE_ID],
  ["customExpiresOn", CUSTOM_DATE_ID],
  ["ipAllowlist", IP_ALLOWLIST_ID],
];
const UNEXPECTED_ERROR = "Something went wrong on our side and the key was not created. Try again in a moment.";

function allowlistProblem(text: string): string | undefined {
  const parsed = ipAllowlistSchema.safeParse(allowlistEntries(text));
  return parsed.success ? undefined : [...new Set(parsed.error.issues.map((issue) => issue.message))].join("\n");
}

export function CreateKeyForm({
  allowIpAllowlist,
  onCreated,
}: {
  allowIpAllowlist: boolean;
  onCreated: (key: RevealedKey) => void;
}) {
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<Scope[]>([]);
  const [expiration, setExpiration] = useState<ExpirationChoice>(DEFAULT_EXPIRATION);
  const [customExpiresOn, setCustomExpiresOn] = useState("");
  const [ipAllowlist, setIpAllowlist] = useState("");
  const [now] = useState(() => new Date());
  const { errors, setErrors, formError, pending, submit, recheck } = useFormSubmission({
    parse: parseCreateKeyForm,
    action: createApiKeyAction,
    onSuccess: (result) => onCreated(result.created),
    focusOrder: FOCUS_ORDER,
    unexpectedError: UNEXPECTED_ERROR,
  });

  const valuesWith = (changes: Partial<CreateKeyFormValues>): CreateKeyFormValues => ({
    name,
    scopes,
    expiration,
    customExpiresOn,
    ipAllowlist: allowIpAllowlist ? ipAllowlist : "",
    ...changes,
  });

  const update = (changes: Partial<CreateKeyFormValues>) => recheck(valuesWith(changes));

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit(valuesWith({}));
      }}
      noValidate
      className="grid gap-6"
    >
      <DialogHeader>
        <DialogTitle>Create API Key</DialogTitle>
        <DialogDescription>
          Create one key per integration, so you can revoke one without affecting the others. The key is shown once,
          right after you create it.
        </DialogDescription>
      </DialogHeader>

      <FormError message={formError} />

      <KeyNameField
        id={NAME_ID}
        value={name}
        onChange={(next) => {
          setName(next);
          update({ name: next });
        }}
        error={errors.name}
        placeholder="e.g. “CRM Sync”, “Analytics Pipeline”"
        hint="A descriptive label: the integration or service that will use the key."
      />

      <ScopePicker
        value={scopes}
        onChange={(next) => {
          setScopes(next);
          update({ scopes: next });
        }}
        error={errors.scopes}
      />

      <ExpirationPicker
        choice={expiration}
        onChoiceChange={(next) => {
          setExpiration(next);
          update({ expiration: next });
        }}
        customDate={customExpiresOn}
        onCustomDateChange={(next) => {
          setCustomExpiresOn(next);
          update({ customExpiresOn: next });
        }}
        error={errors.customExpiresOn}
        now={now}
      />

      {allowIpAllowlist ? (
        <IpAllowlistField
          value={ipAllowlist}
          onChange={(next) => {
            setIpAllowlist(next);
            if (errors.ipAllowlist) setErrors({ ...errors, ipAllowlist: allowlistProblem(next) });
          }}
          onBlur={() => setErrors({ ...errors, ipAllowlist: allowlistProblem(ipAllowlist) })}
          error={errors.ipAllowlist}
        />
      ) : null}

      <DialogFormFooter pending={pending} submitLabel="Create API Key" pendingLabel="Creating…" sticky />
    </form>
  );
}
