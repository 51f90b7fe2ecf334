"use client";

import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function ConnectGitHubButton({ disabledReason }: { disabledReason: string | null }) {
  return (
    <div className="grid justify-items-start gap-2">
      <Button
        variant="outline"
        size="sm"
        disabled={disabledReason !== null}
        aria-describedby={disabledReason ? "connect-github-reason" : undefined}
        onClick={() => signIn("github", { callbackUrl: "/settings/account?github=connected" })}
      >
        Connect GitHub
      </Button>
      {disabledReason ? (
        <p id="connect-github-reason" className="text-sm text-muted-foreground">
          {disabledReason}
        </p>
      ) : null}
    </div>
  );
}
