"use client";

import { switchTeam } from "@/app/(dashboard)/actions";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { signUpThroughInvitation } from "../actions";

/** Sign-up for the invited address only; then signed in, in the team that invited them. */
export function InvitationSignUpForm({ token, email, teamId }: { token: string; email: string; teamId: string }) {
  return (
    <SignUpForm
      signUp={(account) => signUpThroughInvitation(token, account)}
      invitation={{ email, afterSignIn: () => switchTeam(teamId) }}
    />
  );
}
