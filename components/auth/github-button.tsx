"use client";

import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function GitHubButton({ callbackUrl }: { callbackUrl: string }) {
  return (
    <Button type="button" variant="outline" className="w-full" onClick={() => signIn("github", { callbackUrl })}>
      Continue with GitHub
    </Button>
  );
}
