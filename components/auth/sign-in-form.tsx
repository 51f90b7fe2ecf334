"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { signInSchema } from "@/lib/validations/auth";
import { FormField } from "./form-field";
import { useValidatedSubmit } from "./use-validated-submit";

/** `errorCode`: the ?error= next-auth sent the person back with (e.g. from GitHub sign-in). */
export function SignInForm({ callbackUrl, errorCode }: { callbackUrl: string; errorCode?: string }) {
  const router = useRouter();
  const { errors, pending, onSubmit } = useValidatedSubmit(
    signInSchema,
    async (credentials) => {
      const result = await signIn("credentials", { ...credentials, redirect: false });
      if (!result || result.error) return { form: signInErrorMessage(result?.error ?? "") };
      router.replace(callbackUrl);
      router.refresh();
    },
    errorCode ? { form: signInErrorMessage(errorCode) } : {},
  );

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormError message={errors.form} />
      <FormField id="email" label="Email" type="email" autoComplete="email" required autoFocus error={errors.email} />
      <FormField
        id="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <Link
        href="/forgot-password"
        className="-mt-2 justify-self-end text-sm text-muted-foreground underline underline-offset-4 hover:text-foreground"
      >
        Forgot password?
      </Link>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
