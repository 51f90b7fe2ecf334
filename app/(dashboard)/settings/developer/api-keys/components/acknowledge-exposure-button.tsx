"use client";

import { Check } from "lucide-react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { useServerAction } from "@/components/settings/use-server-action";
import { acknowledgeExposureAction } from "../actions";

const UNEXPECTED_ERROR = "Something went wrong on our side and the alert was not acknowledged. Try again in a moment.";

/** Dismisses one exposure alert; the page renders again without it. */
export function AcknowledgeExposureButton({ exposureId, keyName }: { exposureId: string; keyName: string }) {
  const { formError, pending, run } = useServerAction(UNEXPECTED_ERROR);
  return (
    <span className="grid justify-items-end gap-1">
      <Button
        type="button"
        size="sm"
        variant="outline"
        disabled={pending}
        aria-label={`Acknowledge the alert for ${keyName}`}
        onClick={() =>
          run(() => acknowledgeExposureAction({ exposureId }), {
            onSuccess: () => toast.success("Alert acknowledged", { description: "The audit log records who did it." }),
          })
        }
      >
        <Check aria-hidden="true" />
        {pending ? "Acknowledging…" : "Acknowledge"}
      </Button>
      {formError ? (
        <span role="alert" className="text-xs text-destructive">
          {formError}
        </span>
      ) : null}
    </span>
  );
}
