"use server";

import { redirect } from "next/navigation";
import { verifyEmail } from "@/lib/accounts/email-verification";

export async function confirmEmail(formData: FormData): Promise<void> {
  const token = formData.get("token");
  const outcome = typeof token === "string" ? await verifyEmail(token) : { status: "invalid" as const };
  redirect(`/verify-email?outcome=${outcome.status}`);
}
