"use client";

import { Check, Copy, TriangleAlert } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toaster";
import type { RevealedKey } from "@/lib/keys/form";

const COPIED_FEEDBACK_MS = 2_000;

/**
 * The one time a key's secret is on screen. The secret lives only in the dialog's state:
 * closing the dialog drops it.
 */
export function RevealedKeyPanel({
  revealed,
  title,
  children,
  onDone,
}: {
  revealed: RevealedKey;
  title: string;
  /** What happened, e.g. when the old key stops working after a rotation. */
  children?: React.ReactNode;
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
      await navigator.clipboard.writeText(revealed.key);
      setCopied(true);
    } catch {
      toast.error("Could not copy the key", { description: "Select the key and copy it with your keyboard instead." });
    }
  }

  return (
    <div className="grid gap-5">
      <DialogHeader>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>
          {revealed.name} is ready. Use it in the <code className="font-mono text-xs">Authorization</code> header of your
          API requests.
        </DialogDescription>
      </DialogHeader>

      <Alert variant="warning">
        <TriangleAlert aria-hidden="true" />
        <AlertTitle>Copy this key now. It cannot be shown again.</AlertTitle>
        <AlertDescription>
          Only a hash is stored, so you cannot retrieve the full key after closing this dialog. Store it in a secrets
          manager or an environment variable; never commit it or put it in client-side code.
        </AlertDescription>
      </Alert>

      <div className="grid gap-2">
        <Label htmlFor="revealed-key">API key</Label>
        <div className="flex gap-2">
          <Input
            id="revealed-key"
            value={revealed.key}
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
          {copied ? "API key copied to the clipboard" : ""}
        </p>
      </div>

      {children}

      <CurlExample />

      <DialogFooter>
        <Button type="button" onClick={onDone}>
          Done
        </Button>
      </DialogFooter>
    </div>
  );
}

/** Reads the key from the environment, the way the docs ask people to store it. */
function CurlExample() {
  return (
    <div className="grid gap-2">
      <p className="text-sm font-medium">Try it</p>
      <p className="text-sm text-muted-foreground">
        Save the key as <code className="font-mono text-xs">MAVIO_API_KEY</code> in your environment or secrets manager,
        then:
      </p>
      <pre className="rounded-md border bg-muted px-3 py-2.5 font-mono text-xs leading-relaxed break-all whitespace-pre-wrap">
        <code>{`curl ${window.location.origin}/api/v1/me \\\n  -H "Authorization: Bearer $MAVIO_API_KEY"`}</code>
      </pre>
    </div>
  );
}
