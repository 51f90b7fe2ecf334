"use client";

import { Check, Copy, TriangleAlert } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toaster";

const COPIED_FEEDBACK_MS = 2_000;

/**
 * The one time an endpoint's signing secret is on screen. It lives only in the dialog's
 * state: closing the dialog drops it.
 */
export function RevealedSecretPanel({
  secret,
  title,
  description,
  children,
  onDone,
}: {
  secret: string;
  title: string;
  description: React.ReactNode;
  /** What happened, e.g. until when the old secret keeps signing after a rotation. */
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
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      toast.error("Could not copy the secret", { description: "Select the secret and copy it with your keyboard instead." });
    }
  }

  return (
    <div className="grid min-w-0 gap-5">
      <DialogHeader>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>{description}</DialogDescription>
      </DialogHeader>

      <Alert variant="warning">
        <TriangleAlert aria-hidden="true" />
        <AlertTitle>Copy this secret now. It cannot be shown again.</AlertTitle>
        <AlertDescription>
          Store it where your receiver reads its configuration, such as an environment variable or a secrets manager. If
          you lose it, rotate the secret to get a new one.
        </AlertDescription>
      </Alert>

      <div className="grid gap-2">
        <Label htmlFor="revealed-secret">Signing secret</Label>
        <div className="flex gap-2">
          <Input
            id="revealed-secret"
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
          {copied ? "Signing secret copied to the clipboard" : ""}
        </p>
      </div>

      {children}

      <VerificationSnippet />

      <DialogFooter>
        <Button type="button" onClick={onDone}>
          Done
        </Button>
      </DialogFooter>
    </div>
  );
}

// Standard Webhooks verification in plain Node: no SDK, the secret from the environment.
const SNIPPET = `import { createHmac, timingSafeEqual } from "node:crypto";

// rawBody: the request body exactly as received (before JSON.parse).
export function verifyMavioWebhook(headers, rawBody) {
  const id = headers["webhook-id"];
  const timestamp = headers["webhook-timestamp"];
  // Refuse old deliveries (replays); allows 5 minutes of clock skew.
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;

  const secret = process.env.MAVIO_WEBHOOK_SECRET; // "whsec_..."
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  const signed = \`\${id}.\${timestamp}.\${rawBody}\`;
  const expected = createHmac("sha256", key).update(signed).digest();

  // "v1,<base64> v1,<base64>" for 24 h after a rotation: one must match.
  return headers["webhook-signature"].split(" ").some((entry) => {
    const [version, signature] = entry.split(",");
    const given = Buffer.from(signature ?? "", "base64");
    return version === "v1" && given.length === expected.length &&
      timingSafeEqual(given, expected);
  });
}`;

/** How to check a delivery: the three Standard Webhooks headers and an HMAC-SHA256. */
function VerificationSnippet() {
  return (
    <div className="grid min-w-0 gap-2">
      <p className="text-sm font-medium">Verify every delivery</p>
      <p className="text-sm text-muted-foreground">
        Save the secret as <code className="font-mono text-xs">MAVIO_WEBHOOK_SECRET</code>. Each request carries{" "}
        <code className="font-mono text-xs">webhook-id</code>, <code className="font-mono text-xs">webhook-timestamp</code>{" "}
        and <code className="font-mono text-xs">webhook-signature</code> headers (Standard Webhooks): the signature is an
        HMAC-SHA256 of <code className="font-mono text-xs">{"${id}.${timestamp}.${body}"}</code> keyed with the
        base64-decoded part of the secret after <code className="font-mono text-xs">whsec_</code>. Reject a request
        unless one signature matches.
      </p>
      <pre
        tabIndex={0}
        role="region"
        aria-label="Signature verification example in Node.js"
        className="max-h-64 overflow-auto rounded-md border bg-muted px-3 py-2.5 font-mono text-xs leading-relaxed focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
      >
        <code>{SNIPPET}</code>
      </pre>
    </div>
  );
}
