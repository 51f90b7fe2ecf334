"use client";

import { useState } from "react";
import { ConfirmActionDialog } from "@/components/settings/confirm-action-dialog";
import { ManagerOnlyButton } from "@/components/settings/manager-only-button";
import { useServerAction } from "@/components/settings/use-server-action";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { cancelInvitationAction, resendInvitationAction } from "../invitation-actions";

const RESEND_FAILED = "Something went wrong on our side and the invitation was not resent. Try again in a moment.";
const CANCEL_FAILED = "Something went wrong on our side and the invitation was not canceled. Try again in a moment.";

/**
 * Resend and Cancel for one pending invitation; disabled, with the reason, for whoever may
 * not (members; admins, for an invitation to join as an owner).
 */
export function PendingInvitationsRowActions({
  invitation,
  refusal,
}: {
  invitation: { id: string; email: string };
  refusal: string | null;
}) {
  const [confirming, setConfirming] = useState(false);
  const resend = useServerAction(RESEND_FAILED);
  const errorId = `invitation-${invitation.id}-error`;

  if (refusal) {
    return (
      <div className="flex justify-end gap-2">
        <ManagerOnlyButton
          reason={refusal}
          variant="outline"
          size="sm"
          aria-label={`Resend invitation to ${invitation.email}`}
        >
          Resend
        </ManagerOnlyButton>
        <ManagerOnlyButton
          reason={refusal}
          variant="ghost"
          size="sm"
          aria-label={`Cancel invitation to ${invitation.email}`}
        >
          Cancel
        </ManagerOnlyButton>
      </div>
    );
  }

  function resendInvitation() {
    resend.run(() => resendInvitationAction({ invitationId: invitation.id }), {
      onSuccess: (result) => {
        if (result.emailSent) {
          toast.success(`Invitation sent again to ${result.email}`, {
            description: "The earlier link no longer works; the new one works for 7 days.",
          });
        } else {
          toast.warning("New link saved, but the email could not be sent", {
            description: `The earlier link no longer works. Try Resend for ${result.email} again in a minute.`,
          });
        }
      },
    });
  }

  return (
    <div className="grid justify-items-end gap-1">
      <div className="flex justify-end gap-2">
        <Button
          variant="outline"
          size="sm"
          onClick={resendInvitation}
          disabled={resend.pending}
          aria-label={`Resend invitation to ${invitation.email}`}
          aria-describedby={resend.formError ? errorId : undefined}
        >
          {resend.pending ? "Resending…" : "Resend"}
        </Button>
        <Button
          variant="ghost"
          size="sm"
          onClick={() => setConfirming(true)}
          aria-label={`Cancel invitation to ${invitation.email}`}
        >
          Cancel
        </Button>
      </div>
      {resend.formError ? (
        <p id={errorId} role="alert" className="max-w-64 text-left text-xs whitespace-normal text-destructive">
          {resend.formError}
        </p>
      ) : null}
      <ConfirmActionDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={<>Cancel the invitation to {invitation.email}?</>}
        description="The link we emailed stops working at once. You can invite them again later."
        confirmLabel="Cancel invitation"
        pendingLabel="Canceling…"
        unexpectedError={CANCEL_FAILED}
        action={() => cancelInvitationAction({ invitationId: invitation.id })}
        onConfirmed={() => toast.success(`Invitation to ${invitation.email} canceled`)}
      />
    </div>
  );
}
