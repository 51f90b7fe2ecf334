"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { FormResult } from "@/lib/accounts/form-result";
import { resetPasswordSchema } from "@/lib/validations/auth";
import { FormField } from "./form-field";
import { useValidatedSubmit } from "./use-validated-submit";

export function ResetPasswordForm({
  token,
  resetPassword,
}: {
  token: string;
  resetPassword: (input: unknown) => Promise<FormResult>;
}) {
  const router = useRouter();
  const { errors, pending, onSubmit } = useValidatedSubmit(resetPasswordSchema, async (input) => {
    const result = await resetPassword(input);
    if (!result.ok) return result.errors;
    router.replace("/sign-in?notice=password-reset");
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormError message={errors.form} />
      <input type="hidden" name="token" value={token} />
      <FormField
        id="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        autoFocus
        minLength={10}
        error={errors.password}
        placeholder="At least 10 characters"
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
