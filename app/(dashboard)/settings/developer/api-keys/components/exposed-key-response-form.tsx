"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { toast } from "@/components/ui/toaster";
import { DescribedRadioGroup } from "@/components/settings/described-radio-group";
import { useServerAction } from "@/components/settings/use-server-action";
import type { ExposedKeyResponse } from "@/lib/generated/prisma/enums";
import { EXPOSED_KEY_RESPONSES } from "@/lib/secret-scanning/form";
import { exposedKeyResponseAction } from "../actions";

const UNEXPECTED_ERROR = "Something went wrong on our side and the setting was not saved. Try again in a moment.";

/** The team's choice between revoking a leaked key at once and only being told; members see it read-only. */
export function ExposedKeyResponseForm({
  saved,
  canManage,
  managerOnlyReason,
}: {
  saved: ExposedKeyResponse;
  canManage: boolean;
  managerOnlyReason: string;
}) {
  const [choice, setChoice] = useState<ExposedKeyResponse>(saved);
  const { formError, pending, run } = useServerAction(UNEXPECTED_ERROR);

  function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(() => exposedKeyResponseAction({ response: choice }), {
      onSuccess: ({ response }) =>
        toast.success("Saved", {
          description:
            response === "revoke"
              ? "Keys found in public are revoked at once."
              : "Keys found in public keep working and are marked Exposed.",
        }),
    });
  }

  return (
    <form onSubmit={save} className="grid gap-4" aria-labelledby="exposed-key-response-label">
      <span id="exposed-key-response-label" className="text-sm font-medium">
        When one of your keys is found in public
      </span>
      <DescribedRadioGroup
        options={EXPOSED_KEY_RESPONSES}
        value={choice}
        onValueChange={setChoice}
        idPrefix="exposed"
        labelledBy="exposed-key-response-label"
        describedBy={canManage ? undefined : "exposed-key-response-reason"}
        disabled={!canManage || pending}
      />
      <FormError message={formError} />
      {canManage ? (
        <Button type="submit" size="sm" className="w-fit" disabled={pending || choice === saved}>
          {pending ? "Saving…" : "Save"}
        </Button>
      ) : (
        <p id="exposed-key-response-reason" className="text-xs text-muted-foreground">
          {managerOnlyReason}
        </p>
      )}
    </form>
  );
}
