"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { FormResult } from "@/lib/accounts/form-result";

export function DisconnectGitHubButton({ disconnect }: { disconnect: () => Promise<FormResult> }) {
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="outline"
      size="sm"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await disconnect();
          if (result.ok) toast.success("GitHub disconnected", { description: "Sign in with your email and password." });
          else toast.error("Still connected", { description: result.errors.form });
        })
      }
    >
      {pending ? "Disconnecting…" : "Disconnect"}
    </Button>
  );
}
