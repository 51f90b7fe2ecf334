"use server";

import type { FormResult } from "@/lib/accounts/form-result";
import { resetPasswordFromForm } from "@/lib/accounts/password-reset";

export async function resetPassword(input: unknown): Promise<FormResult> {
  return resetPasswordFromForm(input);
}
