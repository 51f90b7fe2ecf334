"use client";

import { TriangleAlert } from "lucide-react";
import { useMemo, useState } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";
import { CopyButton } from "./copy-button";
import { useClosePolicy, useRequestClose, type ClosePolicy } from "./dialog-host";

/** Another way to copy the secret, e.g. as a `.env` line: using it counts as having copied. */
export interface SecretCopy {
  label: string;
  value: string;
  announcement: string;
}

/**
 * The one time a secret is on screen, in a hosted dialog, with Copy and a warning. Until the
 * secret has been copied, closing asks first; a click outside never closes it. The secret
 * lives only in the dialog's state: closing drops it.
 */
export function OneTimeSecretPanel({
  secret,
  noun,
  label,
  inputId,
  title,
  description,
  warning,
  notice,
  otherCopies = [],
  example,
  className,
}: {
  secret: string;
  /** The secret in running text: "key", "secret". */
  noun: string;
  /** The field's label, e.g. "API key". */
  label: string;
  inputId: string;
  title: string;
  description: React.ReactNode;
  /** Where to store the secret, under the "cannot be shown again" warning. */
  warning: React.ReactNode;
  /** What happened, e.g. when the old secret stops working after a rotation. */
  notice?: React.ReactNode;
  otherCopies?: SecretCopy[];
  /** How to use the secret. */
  example: React.ReactNode;
  className?: string;
}) {
  const [copied, setCopied] = useState(false);
  const requestClose = useRequestClose();
  const askBeforeClosing = useMemo<ClosePolicy>(
    () => ({
      ask: {
        title: "Close without copying?",
        description: `You have not copied the ${noun}. Once this dialog closes, nobody can show it again: you would have to make a new one.`,
        confirmLabel: "Close without copying",
        cancelLabel: "Keep open",
      },
    }),
    [noun],
  );
  useClosePolicy(copied ? "keep" : askBeforeClosing);
  const failure = `Could not copy the ${noun}`;
  const markCopied = () => setCopied(true);

  return (
    <div className={cn("grid gap-5", className)}>
      <DialogHeader>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>{description}</DialogDescription>
      </DialogHeader>

      <Alert variant="warning">
        <TriangleAlert aria-hidden="true" />
        <AlertTitle>Copy this {noun} now. It cannot be shown again.</AlertTitle>
        <AlertDescription>{warning}</AlertDescription>
      </Alert>

      <div className="grid gap-2">
        <Label htmlFor={inputId}>{label}</Label>
        <div className="flex gap-2">
          <Input
            id={inputId}
            value={secret}
            readOnly
            spellCheck={false}
            autoComplete="off"
            className="font-mono text-xs md:text-xs"
            onFocus={(event) => event.currentTarget.select()}
          />
          <CopyButton
            autoFocus
            value={secret}
            label="Copy"
            variant={copied ? "secondary" : "default"}
            announcement={`${label} copied to the clipboard`}
            failure={failure}
            onCopied={markCopied}
            className="w-24"
          />
        </div>
        {otherCopies.length ? (
          <div className="flex flex-wrap gap-2">
            {otherCopies.map((other) => (
              <CopyButton key={other.label} size="sm" {...other} failure={failure} onCopied={markCopied} />
            ))}
          </div>
        ) : null}
      </div>

      {notice}

      {example}

      <DialogFooter>
        <Button type="button" onClick={requestClose}>
          Done
        </Button>
      </DialogFooter>
    </div>
  );
}
