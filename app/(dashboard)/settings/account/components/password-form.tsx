"use client";

import { useState } from "react";
import { toast } from "sonner";
import { FormField } from "@/components/auth/form-field";
import { useValidatedSubmit } from "@/components/auth/use-validated-submit";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { FormResult } from "@/lib/accounts/form-result";
import { changePasswordSchema } from "@/lib/validations/auth";

export function PasswordForm({ savePassword }: { savePassword: (input: unknown) => Promise<FormResult> }) {
  const [formKey, setFormKey] = useState(0);
  const { errors, pending, onSubmit } = useValidatedSubmit(changePasswordSchema, async (input) => {
    const result = await savePassword(input);
    if (!result.ok) return result.errors;
    toast.success("Password changed", { description: "Every other session of your account was signed out." });
    setFormKey((key) => key + 1);
    return {};
  });
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate className="grid max-w-md gap-4">
      <FormError message={errors.form} />
      <FormField
        id="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword}
      />
      <FormField
        id="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        placeholder="At least 10 characters"
        error={errors.password}
      />
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? "Saving…" : "Change password"}
      </Button>
    </form>
  );
}
