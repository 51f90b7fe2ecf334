"use client";

import { toast } from "sonner";
import { FormField } from "@/components/auth/form-field";
import { useValidatedSubmit } from "@/components/auth/use-validated-submit";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { FormResult } from "@/lib/accounts/form-result";
import { profileSchema } from "@/lib/validations/auth";

export function ProfileForm({
  name,
  saveProfile,
}: {
  name: string;
  saveProfile: (input: unknown) => Promise<FormResult>;
}) {
  const { errors, pending, onSubmit } = useValidatedSubmit(profileSchema, async (input) => {
    const result = await saveProfile(input);
    if (!result.ok) return result.errors;
    toast.success("Name saved", { description: "Your team sees it on members, keys and audit logs." });
    return {};
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-md gap-4">
      <FormError message={errors.form} />
      <FormField id="name" label="Name" autoComplete="name" required defaultValue={name} error={errors.name} />
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? "Saving…" : "Save name"}
      </Button>
    </form>
  );
}
