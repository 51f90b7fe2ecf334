"use client";

import { useState } from "react";
import { DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import { FormError } from "@/components/ui/form-error";
import { DescribedRadioGroup } from "@/components/settings/described-radio-group";
import { DialogFormFooter } from "@/components/settings/dialog-form-footer";
import { useServerAction } from "@/components/settings/use-server-action";
import { formatDateTime } from "@/lib/format";
import { DEFAULT_ROTATION_GRACE, ROTATION_GRACE_OPTIONS, type RevealedKey } from "@/lib/keys/form";
import type { RotatedKeySummary } from "@/lib/keys/key-row";
import type { RotationGrace } from "@/lib/keys/validations";
import { rotateApiKeyAction } from "../actions";
import { RevealedKeyPanel } from "./revealed-key-panel";

const UNEXPECTED_ERROR = "Something went wrong on our side and the key was not rotated. Try again in a moment.";

/** Rotate's form, then the new key shown once; runs in the page's dialog host (see KeyRowActions). */
export function RotateKeyFlow({ apiKey }: { apiKey: RotatedKeySummary }) {
  const [grace, setGrace] = useState<RotationGrace>(DEFAULT_ROTATION_GRACE);
  const [rotated, setRotated] = useState<{ created: RevealedKey; oldKeyExpiresAt: string } | null>(null);
  const { formError, pending, run } = useServerAction(UNEXPECTED_ERROR);

  function rotate(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(() => rotateApiKeyAction({ keyId: apiKey.id, grace }), {
      onSuccess: (result) => {
        setRotated({ created: result.created, oldKeyExpiresAt: result.oldKeyExpiresAt });
        toast.success("Key rotated");
      },
    });
  }

  if (rotated) {
    return (
      <RevealedKeyPanel revealed={rotated.created} title="Key rotated">
        <OldKeyNotice maskedKey={apiKey.maskedKey} grace={grace} expiresAt={rotated.oldKeyExpiresAt} />
      </RevealedKeyPanel>
    );
  }
  return (
    <form onSubmit={rotate} className="grid gap-5">
      <DialogHeader>
        <DialogTitle>Rotate “{apiKey.name}”</DialogTitle>
        <DialogDescription>
          Replace <code className="font-mono text-xs">{apiKey.maskedKey}</code> without downtime. Mavio creates the new
          key with the same name, scopes and IP allowlist; you move your integration over before the old key stops
          working.
        </DialogDescription>
      </DialogHeader>
      <RotationSteps />
      <FormError message={formError} />
      <div className="grid gap-3">
        <span id="rotation-grace-label" className="text-sm leading-none font-medium">
          When should the old key stop working?
        </span>
        <DescribedRadioGroup
          options={ROTATION_GRACE_OPTIONS}
          value={grace}
          onValueChange={setGrace}
          idPrefix="grace"
          labelledBy="rotation-grace-label"
        />
      </div>
      <DialogFormFooter pending={pending} submitLabel="Rotate" pendingLabel="Rotating…" />
    </form>
  );
}

/** The help page's rotation without downtime, and which steps Mavio takes for you. */
function RotationSteps() {
  return (
    <ol className="grid gap-2 rounded-lg border bg-muted/40 p-4 text-sm">
      {[
        ["Create a new key with the same scopes.", "Mavio does this when you click Rotate."],
        ["Update your integration to use the new key.", null],
        ["Verify the integration works with the new key.", null],
        ["Revoke the old key.", "Mavio stops it at the time you choose below."],
      ].map(([step, note], index) => (
        <li key={step} className="flex gap-3">
          <span
            className="flex size-5 shrink-0 items-center justify-center rounded-full bg-background text-xs font-medium ring-1 ring-border"
            aria-hidden="true"
          >
            {index + 1}
          </span>
          <span>
            {step}
            {note ? <span className="text-muted-foreground"> {note}</span> : null}
          </span>
        </li>
      ))}
    </ol>
  );
}

function OldKeyNotice({ maskedKey, grace, expiresAt }: { maskedKey: string; grace: RotationGrace; expiresAt: string }) {
  return (
    <p className="rounded-md border px-3 py-2 text-sm">
      The old key <code className="font-mono text-xs">{maskedKey}</code>{" "}
      {grace === "now" ? "has stopped working." : `keeps working until ${formatDateTime(new Date(expiresAt))}.`} Update
      your integration, check that it works, and you are done.
    </p>
  );
}
