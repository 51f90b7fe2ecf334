"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { useOpenHostedDialog } from "@/components/settings/dialog-host";
import { ManagerOnlyButton } from "@/components/settings/manager-only-button";
import type { RevealedKey } from "@/lib/keys/form";
import { CreateKeyForm } from "./create-key-form";
import { MANAGER_ONLY_REASON } from "./manager-only-reason";
import { RevealedKeyPanel } from "./revealed-key-panel";

/** The page's buttons share this name, so focus finds the header's after the empty state's is gone. */
export const CREATE_KEY_OPENER = "create-api-key";

/** Opens "Create API Key" in the page's dialog host; members get it disabled, with the reason. */
export function CreateKeyButton({ canManage, allowIpAllowlist }: { canManage: boolean; allowIpAllowlist: boolean }) {
  const openDialog = useOpenHostedDialog();
  if (!canManage) {
    return (
      <ManagerOnlyButton reason={MANAGER_ONLY_REASON}>
        <Plus aria-hidden="true" />
        Create API Key
      </ManagerOnlyButton>
    );
  }
  return (
    <Button
      data-dialog-opener={CREATE_KEY_OPENER}
      aria-haspopup="dialog"
      onClick={(event) =>
        openDialog({
          content: <CreateKeyFlow allowIpAllowlist={allowIpAllowlist} />,
          className: "sm:max-w-2xl",
          opener: event.currentTarget,
        })
      }
    >
      <Plus aria-hidden="true" />
      Create API Key
    </Button>
  );
}

/** The form, then the new key shown once in the same dialog. */
function CreateKeyFlow({ allowIpAllowlist }: { allowIpAllowlist: boolean }) {
  const [revealed, setRevealed] = useState<RevealedKey | null>(null);
  if (revealed) return <RevealedKeyPanel revealed={revealed} title="API key created" />;
  return (
    <CreateKeyForm
      allowIpAllowlist={allowIpAllowlist}
      onCreated={(created) => {
        setRevealed(created);
        toast.success("Key created");
      }}
    />
  );
}
