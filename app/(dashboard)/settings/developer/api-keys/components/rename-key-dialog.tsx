"use client";

import { useState } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { DialogFormFooter } from "@/components/settings/dialog-form-footer";
import { FieldError } from "@/components/settings/field-error";
import { useFormSubmission } from "@/components/settings/use-form-submission";
import { toast } from "@/components/ui/toaster";
import { parseRenameKeyForm, type RenameKeyField } from "@/lib/keys/form";
import { KEY_NAME_MAX } from "@/lib/keys/validations";
import { renameApiKeyAction } from "../actions";
import type { KeyRowSummary } from "./key-row-actions";

const NAME_ID = "rename-key-name";
const NAME_HINT_ID = "rename-key-name-hint";
const NAME_ERROR_ID = "rename-key-name-error";
const FOCUS_ORDER: [RenameKeyField, string][] = [["name", NAME_ID]];
const UNEXPECTED_ERROR = "Something went wrong on our side and the key was not renamed. Try again in a moment.";

export function RenameKeyDialog({
  apiKey,
  open,
  onOpenChange,
  onCloseAutoFocus,
}: {
  apiKey: KeyRowSummary;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus: (event: Event) => void;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-md" onCloseAutoFocus={onCloseAutoFocus}>
        {/* Mounted per opening, so the field starts from the key's current name. */}
        {open ? <RenameKeyForm apiKey={apiKey} onRenamed={() => onOpenChange(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function RenameKeyForm({ apiKey, onRenamed }: { apiKey: KeyRowSummary; onRenamed: () => void }) {
  const [name, setName] = useState(apiKey.name);
  const { errors, setErrors, formError, attempted, pending, submit } = useFormSubmission({
    parse: parseRenameKeyForm,
    action: renameApiKeyAction,
    onSuccess: (result) => {
      onRenamed();
      toast.success("Key renamed", { description: `${apiKey.maskedKey} is now “${result.name}”.` });
    },
    focusOrder: FOCUS_ORDER,
    unexpectedError: UNEXPECTED_ERROR,
  });

  return (
    <form
      noValidate
      className="grid gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        submit({ keyId: apiKey.id, name });
      }}
    >
      <DialogHeader>
        <DialogTitle>Rename “{apiKey.name}”</DialogTitle>
        <DialogDescription>
          The name says which integration uses <code className="font-mono text-xs">{apiKey.maskedKey}</code>. The key itself
          keeps working unchanged.
        </DialogDescription>
      </DialogHeader>
      <FormError message={formError} />
      <div className="grid gap-2">
        <Label htmlFor={NAME_ID}>Name</Label>
        <Input
          id={NAME_ID}
          value={name}
          maxLength={KEY_NAME_MAX}
          autoComplete="off"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${NAME_ERROR_ID} ${NAME_HINT_ID}` : NAME_HINT_ID}
          onChange={(event) => {
            setName(event.target.value);
            if (attempted) {
              const result = parseRenameKeyForm({ keyId: apiKey.id, name: event.target.value });
              setErrors(result.success ? {} : result.fieldErrors);
            }
          }}
        />
        <FieldError id={NAME_ERROR_ID} message={errors.name} />
        <p id={NAME_HINT_ID} className="text-sm text-muted-foreground">
          Only the name changes. A key&apos;s scopes are fixed when it is made: for other scopes, create a new key with
          them, move the integration over, then revoke this one.
        </p>
      </div>
      <DialogFormFooter pending={pending} submitLabel="Rename" pendingLabel="Renaming…" />
    </form>
  );
}
