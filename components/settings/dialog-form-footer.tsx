import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { cn } from "@/lib/utils";
import { useClosePolicy } from "./dialog-host";

/**
 * Cancel and submit for a form in a dialog; the submit button says what is happening while
 * the server works, and a hosted dialog cannot be closed then (what the server is making,
 * a key say, would be lost). `sticky` keeps the buttons in view in a dialog that scrolls.
 */
export function DialogFormFooter({
  pending,
  submitLabel,
  pendingLabel,
  sticky = false,
}: {
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  sticky?: boolean;
}) {
  useClosePolicy(pending ? "busy" : "free");
  return (
    <DialogFooter className={cn(sticky && "sticky -bottom-6 -mx-6 -mb-6 border-t bg-background px-6 py-4")}>
      <DialogClose asChild>
        <Button type="button" variant="outline">
          Cancel
        </Button>
      </DialogClose>
      <Button type="submit" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </DialogFooter>
  );
}
