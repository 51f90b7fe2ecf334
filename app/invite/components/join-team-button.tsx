"use client";

import { useServerAction } from "@/components/settings/use-server-action";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { joinInvitedTeam } from "../[token]/actions";

const UNEXPECTED_ERROR = "Something went wrong on our side and you did not join the team. Try again in a moment.";

/** Accepts the invitation; on success the server takes the person into the team. */
export function JoinTeamButton({ token, label }: { token: string; label: string }) {
  const { formError, pending, run } = useServerAction(UNEXPECTED_ERROR);
  return (
    <div className="grid gap-3">
      <FormError message={formError} />
      <Button
        className="w-full"
        disabled={pending}
        onClick={() => run(() => joinInvitedTeam(token), { onSuccess: () => {} })}
      >
        {pending ? "Joining…" : label}
      </Button>
    </div>
  );
}
