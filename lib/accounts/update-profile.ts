import { db } from "@/lib/db";
import { profileSchema } from "@/lib/validations/auth";
import { parseForm, type FormResult } from "./form-result";

/** The person's name, as their team sees it on members, keys and audit logs. */
export async function updateProfile(userId: string, input: unknown): Promise<FormResult> {
  const parsed = parseForm(profileSchema, input);
  if (!parsed.ok) return parsed;
  await db.user.update({ where: { id: userId }, data: { name: parsed.data.name } });
  return { ok: true };
}
