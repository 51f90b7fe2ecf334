"use client";

import { useState } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { FormResult } from "@/lib/accounts/form-result";
import { forgotPasswordSchema } from "@/lib/validations/auth";
import { FormField } from "./form-field";
import { useValidatedSubmit } from "./use-validated-submit";

export function ForgotPasswordForm({ requestReset }: { requestReset: (input: unknown) => Promise<FormResult> }) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors, pending, onSubmit } = useValidatedSubmit(forgotPasswordSchema, async (input) => {
    const result = await requestReset(input);
    if (!result.ok) return result.errors;
    setSentTo(input.email);
    return {};
  });

  if (sentTo) {
    return (
      <Alert>
        <AlertTitle>Check your inbox</AlertTitle>
        <AlertDescription>
          If {sentTo} has a Mavio account, we&apos;ve sent it a link to choose a new password. The link works once, for
          30 minutes.
        </AlertDescription>
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormError message={errors.form} />
      <FormField id="email" label="Email" type="email" autoComplete="email" required autoFocus error={errors.email} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Sending…" : "Send reset link"}
      </Button>
    </form>
  );
}
