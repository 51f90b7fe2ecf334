"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { verifyEmail } from "@/lib/accounts/email-verification";

export async function confirmEmail(formData: FormData): Promise<void> {
  const token = formData.get("token");
  const outcome = typeof token === "string" ? await verifyEmail(token) : { status: "invalid" as const };
  // The banner asking to confirm is in the settings layout: pages the browser keeps must not show it again.
  if (outcome.status === "verified") revalidatePath("/", "layout");
  redirect(`/verify-email?outcome=${outcome.status}`);
}
