"use client";

import { useState } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { DialogFormFooter } from "@/components/settings/dialog-form-footer";
import type { MenuDialogProps } from "@/components/settings/menu-dialog-props";
import { useFormSubmission } from "@/components/settings/use-form-submission";
import { toast } from "@/components/ui/toaster";
import { parseRenameKeyForm, type RenameKeyField } from "@/lib/keys/form";
import type { KeyRowSummary } from "@/lib/keys/key-row";
import { renameApiKeyAction } from "../actions";
import { KeyNameField } from "./key-name-field";

const NAME_ID = "rename-key-name";
const FOCUS_ORDER: [RenameKeyField, string][] = [["name", NAME_ID]];
const UNEXPECTED_ERROR = "Something went wrong on our side and the key was not renamed. Try again in a moment.";

export function RenameKeyDialog({
  apiKey,
  open,
  onOpenChange,
  onCloseAutoFocus,
}: MenuDialogProps & { apiKey: KeyRowSummary }) {
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
  const { errors, formError, pending, submit, recheck } = useFormSubmission({
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
          The name says which integration uses <code className="font-mono text-xs">{apiKey.maskedKey}</code>. The key
          itself keeps working unchanged.
        </DialogDescription>
      </DialogHeader>
      <FormError message={formError} />
      <KeyNameField
        id={NAME_ID}
        value={name}
        onChange={(next) => {
          setName(next);
          recheck({ keyId: apiKey.id, name: next });
        }}
        error={errors.name}
        hint={
          <>
            Only the name changes. A key&apos;s scopes are fixed when it is made: for other scopes, create a new key
            with them, move the integration over, then revoke this one.
          </>
        }
      />
      <DialogFormFooter pending={pending} submitLabel="Rename" pendingLabel="Renaming…" />
    </form>
  );
}
