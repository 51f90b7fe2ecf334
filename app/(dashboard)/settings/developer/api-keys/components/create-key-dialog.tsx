"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import type { RevealedKey } from "@/lib/keys/form";
import { CreateKeyForm } from "./create-key-form";
import { ManagerOnlyButton } from "@/components/settings/manager-only-button";
import { MANAGER_ONLY_REASON } from "./manager-only-reason";
import { RevealedKeyPanel } from "./revealed-key-panel";

export function CreateKeyDialog({ canManage, allowIpAllowlist }: { canManage: boolean; allowIpAllowlist: boolean }) {
  const [open, setOpen] = useState(false);
  const [revealed, setRevealed] = useState<RevealedKey | null>(null);

  if (!canManage) {
    return (
      <ManagerOnlyButton reason={MANAGER_ONLY_REASON}>
        <Plus aria-hidden="true" />
        Create API Key
      </ManagerOnlyButton>
    );
  }

  function changeOpen(next: boolean) {
    setOpen(next);
    // Closing is the end of the secret's life on this page.
    if (!next) setRevealed(null);
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          Create API Key
        </Button>
      </DialogTrigger>
      <DialogContent
        className="sm:max-w-2xl"
        // With the key on screen, a stray click outside must not throw it away.
        onInteractOutside={(event) => revealed && event.preventDefault()}
      >
        {revealed ? (
          <RevealedKeyPanel revealed={revealed} title="API key created" onDone={() => changeOpen(false)} />
        ) : (
          <CreateKeyForm
            allowIpAllowlist={allowIpAllowlist}
            onCreated={(created) => {
              setRevealed(created);
              toast.success(`“${created.name}” created`, { description: "Copy the key now: it is shown only once." });
            }}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}
