"use client";

import { useState } from "react";
import { toast } from "sonner";
import { FormField } from "@/components/auth/form-field";
import { useValidatedSubmit } from "@/components/auth/use-validated-submit";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { FormResult } from "@/lib/accounts/form-result";
import { changeEmailSchema } from "@/lib/validations/auth";

export function EmailForm({ changeEmail }: { changeEmail: (input: unknown) => Promise<FormResult> }) {
  const [formKey, setFormKey] = useState(0);
  const { errors, pending, onSubmit } = useValidatedSubmit(changeEmailSchema, async (input) => {
    const result = await changeEmail(input);
    if (!result.ok) return result.errors;
    toast.success("Check your new inbox", {
      description: `If ${input.email} can be used, a link is on its way there. Your address changes when you follow it.`,
    });
    setFormKey((key) => key + 1);
    return {};
  });
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate className="grid max-w-md gap-4">
      <FormError message={errors.form} />
      <FormField id="email" label="New email address" type="email" autoComplete="email" required error={errors.email} />
      <FormField
        id="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword}
      />
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? "Sending…" : "Send confirmation link"}
      </Button>
    </form>
  );
}
