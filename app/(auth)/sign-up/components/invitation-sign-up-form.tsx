"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { switchTeam } from "@/app/(dashboard)/actions";
import { FormField } from "@/components/auth/form-field";
import { useValidatedSubmit } from "@/components/auth/use-validated-submit";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { DEFAULT_LANDING } from "@/lib/auth/callback-url";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { signUpSchema } from "@/lib/validations/auth";
import { signUpThroughInvitation } from "../actions";

/** Sign-up for the invited address only (shown, not editable); then signed in, in the team that invited them. */
export function InvitationSignUpForm({ token, email, teamId }: { token: string; email: string; teamId: string }) {
  const router = useRouter();
  const { errors, pending, onSubmit } = useValidatedSubmit(signUpSchema, async (account) => {
    const result = await signUpThroughInvitation(token, account);
    if (!result.ok) return result.errors;
    const signedIn = await signIn("credentials", { email: account.email, password: account.password, redirect: false });
    if (!signedIn || signedIn.error) return { form: signInErrorMessage(signedIn?.error ?? "") };
    await switchTeam(teamId);
    router.replace(DEFAULT_LANDING);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormError message={errors.form} />
      <FormField id="name" label="Name" autoComplete="name" required autoFocus error={errors.name} />
      <FormField
        id="email"
        label="Email"
        type="email"
        value={email}
        readOnly
        className="bg-muted text-muted-foreground"
        error={errors.email}
      />
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
        {pending ? "Creating your account…" : "Create account and join"}
      </Button>
    </form>
  );
}
