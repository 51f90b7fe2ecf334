"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { signUp } from "@/app/(auth)/sign-up/actions";
import { DEFAULT_LANDING } from "@/lib/auth/callback-url";
import { fieldErrors, signUpSchema } from "@/lib/validations/auth";
import { FormField } from "./form-field";

export function SignUpForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = signUpSchema.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setPending(true);
    setErrors({});
    try {
      const result = await signUp(parsed.data);
      if (!result.ok) return setErrors(result.errors);
      const signedIn = await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
      if (!signedIn || signedIn.error) return router.push("/sign-in");
      router.replace(DEFAULT_LANDING);
      router.refresh();
    } catch {
      setErrors({ form: "Something went wrong on our side. Try again in a moment." });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {errors.form ? (
        <Alert variant="destructive">
          <AlertDescription>{errors.form}</AlertDescription>
        </Alert>
      ) : null}
      <FormField id="name" label="Name" autoComplete="name" required autoFocus error={errors.name} />
      <FormField id="email" label="Email" type="email" autoComplete="email" required error={errors.email} />
      <FormField
        id="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        error={errors.password ?? undefined}
        placeholder="At least 10 characters"
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
