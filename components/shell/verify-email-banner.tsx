import { MailWarning } from "lucide-react";
import { SendLinkButton } from "@/components/settings/action-button";
import type { FormResult } from "@/lib/accounts/form-result";

/** Shown on every settings page until the person follows the link sent to their address. */
export function VerifyEmailBanner({ email, resend }: { email: string; resend: () => Promise<FormResult> }) {
  return (
    <div role="region" aria-label="Confirm your email address" className="border-b bg-warning/10">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2.5 text-sm sm:px-6">
        <MailWarning aria-hidden="true" className="size-4 shrink-0 text-warning-foreground" />
        <p className="flex-1">
          Confirm your email address: we sent a link to <span className="font-medium">{email}</span>.
        </p>
        <SendLinkButton label="Resend" sentTo={email} send={resend} />
      </div>
    </div>
  );
}
