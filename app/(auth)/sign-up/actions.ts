"use server";

import { fieldErrors, signUpSchema } from "@/lib/validations/auth";
import { createUserWithPersonalTeam, EmailTakenError } from "@/lib/users/create-user";

export type SignUpResult = { ok: true } | { ok: false; errors: Record<string, string> };

export async function signUp(input: unknown): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  try {
    await createUserWithPersonalTeam(parsed.data);
    return { ok: true };
  } catch (error) {
    if (error instanceof EmailTakenError) {
      return { ok: false, errors: { email: "An account with this email already exists. Sign in instead." } };
    }
    throw error;
  }
}
