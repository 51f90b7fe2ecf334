"use client";

import { Check, Copy, TriangleAlert } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toaster";
import { cn } from "@/lib/utils";

const COPIED_FEEDBACK_MS = 2_000;

/**
 * The one time a secret is on screen, with Copy and a warning. The secret lives only in the
 * dialog's state: closing the dialog drops it.
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
  example,
  className,
  onDone,
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
  /** How to use the secret. */
  example: React.ReactNode;
  className?: string;
  onDone: () => void;
}) {
  const [copied, setCopied] = useState(false);
  const copyButton = useRef<HTMLButtonElement>(null);

  useEffect(() => copyButton.current?.focus(), []);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      toast.error(`Could not copy the ${noun}`, { description: `Select the ${noun} and copy it with your keyboard instead.` });
    }
  }

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
          <Button ref={copyButton} type="button" variant={copied ? "secondary" : "default"} onClick={copy} className="w-24">
            {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
            {copied ? "Copied" : "Copy"}
          </Button>
        </div>
        <p role="status" className="sr-only">
          {copied ? `${label} copied to the clipboard` : ""}
        </p>
      </div>

      {notice}

      {example}

      <DialogFooter>
        <Button type="button" onClick={onDone}>
          Done
        </Button>
      </DialogFooter>
    </div>
  );
}
