"use client";

import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

/** Signs out, then opens `callbackUrl` (sign-in, or sign-in that comes back to an invitation). */
export function SignOutButton({ callbackUrl }: { callbackUrl: string }) {
  return (
    <Button variant="outline" className="w-full" onClick={() => signOut({ callbackUrl })}>
      <LogOut aria-hidden="true" />
      Sign out
    </Button>
  );
}
