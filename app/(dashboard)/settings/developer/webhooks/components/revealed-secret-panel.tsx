"use client";

import { CopyButton } from "@/components/settings/copy-button";
import { OneTimeSecretPanel } from "@/components/settings/one-time-secret-panel";

/** An endpoint's new signing secret, shown once, with how to verify deliveries with it. */
export function RevealedSecretPanel({
  secret,
  title,
  description,
  children,
}: {
  secret: string;
  title: string;
  description: React.ReactNode;
  /** What happened, e.g. until when the old secret keeps signing after a rotation. */
  children?: React.ReactNode;
}) {
  return (
    <OneTimeSecretPanel
      secret={secret}
      noun="secret"
      label="Signing secret"
      inputId="revealed-secret"
      title={title}
      description={description}
      warning={
        <>
          Store it where your receiver reads its configuration, such as an environment variable or a secrets manager. If
          you lose it, rotate the secret to get a new one.
        </>
      }
      notice={children}
      otherCopies={[
        {
          label: "Copy .env line",
          value: `MAVIO_WEBHOOK_SECRET=${secret}`,
          announcement: "MAVIO_WEBHOOK_SECRET line for a .env file copied to the clipboard",
        },
      ]}
      example={<VerificationSnippet />}
      // The verification snippet scrolls inside the dialog instead of widening it.
      className="min-w-0"
    />
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
      <div className="flex items-center justify-between gap-2">
        <p className="text-sm font-medium">Verify every delivery</p>
        <CopyButton
          size="sm"
          value={SNIPPET}
          label="Copy code"
          announcement="Verification code copied to the clipboard"
          failure="Could not copy the code"
        />
      </div>
      <p className="text-sm text-muted-foreground">
        Save the secret as <code className="font-mono text-xs">MAVIO_WEBHOOK_SECRET</code>. Each request carries{" "}
        <code className="font-mono text-xs">webhook-id</code>,{" "}
        <code className="font-mono text-xs">webhook-timestamp</code> and{" "}
        <code className="font-mono text-xs">webhook-signature</code> headers (Standard Webhooks): the signature is an
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
