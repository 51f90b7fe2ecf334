"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { FormResult } from "@/lib/accounts/form-result";

/** A button that emails the person a link (confirm the address again, set a password) and says where it went. */
export function SendLinkButton({
  label,
  sentTo,
  send,
}: {
  label: string;
  sentTo: string;
  send: () => Promise<FormResult>;
}) {
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="outline"
      size="sm"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await send();
          if (result.ok) toast.success("Link sent", { description: `Check ${sentTo}.` });
          else toast.error("Not sent", { description: result.errors.form });
        })
      }
    >
      {pending ? "Sending…" : label}
    </Button>
  );
}
