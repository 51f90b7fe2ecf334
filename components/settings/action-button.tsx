"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { FormResult } from "@/lib/accounts/form-result";

/**
 * A small button that runs one server action and says how it went in a toast: the
 * outcome's words on success, the refusal's (the form message) otherwise.
 */
export function ActionButton({
  label,
  pendingLabel,
  action,
  done,
  failed,
}: {
  label: string;
  pendingLabel: string;
  action: () => Promise<FormResult>;
  done: { title: string; description: string };
  failed: string;
}) {
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="outline"
      size="sm"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await action();
          if (result.ok) toast.success(done.title, { description: done.description });
          else toast.error(failed, { description: result.errors.form });
        })
      }
    >
      {pending ? pendingLabel : label}
    </Button>
  );
}

/** Emails the person a link (confirm the address again, set a password) and says where it went. */
export function SendLinkButton({
  label,
  sentTo,
  send,
}: {
  label: string;
  sentTo: string;
  send: () => Promise<FormResult>;
}) {
  return (
    <ActionButton
      label={label}
      pendingLabel="Sending…"
      action={send}
      done={{ title: "Link sent", description: `Check ${sentTo}.` }}
      failed="Not sent"
    />
  );
}
