"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { DEFAULT_LANDING } from "@/lib/auth/callback-url";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import type { SignUpResult } from "@/lib/users/sign-up-with-password";
import { signUpSchema } from "@/lib/validations/auth";
import { FormField } from "./form-field";
import { useValidatedSubmit } from "./use-validated-submit";

const EMAIL_UNAVAILABLE =
  "We couldn't create an account with this email and password. If you already have an account, sign in instead.";

/**
 * Name, email and password, then signed in. Through an invitation the address is the
 * invited one (shown, not editable) and `afterSignIn` opens the team that invited them.
 */
export function SignUpForm({
  signUp,
  invitation,
}: {
  signUp: (account: unknown) => Promise<SignUpResult>;
  invitation?: { email: string; afterSignIn: () => Promise<unknown> };
}) {
  const router = useRouter();
  const { errors, pending, onSubmit } = useValidatedSubmit(signUpSchema, async (account) => {
    const result = await signUp(account);
    if (!result.ok) return result.errors;
    const signedIn = await signIn("credentials", { email: account.email, password: account.password, redirect: false });
    if (!signedIn || signedIn.error) {
      // Wrong credentials right after sign-up: the email already had an account.
      return {
        form: signedIn?.error === "CredentialsSignin" ? EMAIL_UNAVAILABLE : signInErrorMessage(signedIn?.error ?? ""),
      };
    }
    await invitation?.afterSignIn();
    router.replace(DEFAULT_LANDING);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormError message={errors.form} />
      <FormField id="name" label="Name" autoComplete="name" required autoFocus error={errors.name} />
      {invitation ? (
        <FormField
          id="email"
          label="Email"
          type="email"
          value={invitation.email}
          readOnly
          className="bg-muted text-muted-foreground"
          error={errors.email}
        />
      ) : (
        <FormField id="email" label="Email" type="email" autoComplete="email" required error={errors.email} />
      )}
      <FormField
        id="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        error={errors.password}
        placeholder="At least 10 characters"
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating your account…" : invitation ? "Create account and join" : "Create account"}
      </Button>
    </form>
  );
}
