"use client";

import { CopyButton } from "@/components/settings/copy-button";
import { OneTimeSecretPanel } from "@/components/settings/one-time-secret-panel";
import type { RevealedKey } from "@/lib/keys/form";

/** A new or rotated API key, shown once, with how to call the API with it. */
export function RevealedKeyPanel({
  revealed,
  title,
  children,
}: {
  revealed: RevealedKey;
  title: string;
  /** What happened, e.g. when the old key stops working after a rotation. */
  children?: React.ReactNode;
}) {
  return (
    <OneTimeSecretPanel
      secret={revealed.key}
      noun="key"
      label="API key"
      inputId="revealed-key"
      title={title}
      description={
        <>
          {revealed.name} is ready. Use it in the <code className="font-mono text-xs">Authorization</code> header of
          your API requests.
        </>
      }
      warning={
        <>
          Only a hash is stored, so you cannot retrieve the full key after closing this dialog. Store it in a secrets
          manager or an environment variable; never commit it or put it in client-side code.
        </>
      }
      notice={children}
      otherCopies={[
        {
          label: "Copy .env line",
          value: `MAVIO_API_KEY=${revealed.key}`,
          announcement: "MAVIO_API_KEY line for a .env file copied to the clipboard",
        },
      ]}
      example={<CurlExample />}
    />
  );
}

/** Reads the key from the environment, the way the docs ask people to store it. */
function CurlExample() {
  const command = `curl ${window.location.origin}/api/v1/me \\\n  -H "Authorization: Bearer $MAVIO_API_KEY"`;
  return (
    <div className="grid gap-2">
      <div className="flex items-center justify-between gap-2">
        <p className="text-sm font-medium">Try it</p>
        <CopyButton
          size="sm"
          value={command}
          label="Copy curl command"
          announcement="curl command copied to the clipboard"
          failure="Could not copy the command"
        />
      </div>
      <p className="text-sm text-muted-foreground">
        Save the key as <code className="font-mono text-xs">MAVIO_API_KEY</code> in your environment or secrets manager,
        then:
      </p>
      <pre className="rounded-md border bg-muted px-3 py-2.5 font-mono text-xs leading-relaxed break-all whitespace-pre-wrap">
        <code>{command}</code>
      </pre>
    </div>
  );
}
