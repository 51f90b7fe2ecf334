"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { clientIp } from "@/lib/http/client-ip";
import { env } from "@/lib/env";
import type { KeyActor } from "@/lib/keys/actor";
import type { CreateKeyResult, RenameKeyResult, RevokeKeyResult, RotateKeyResult } from "@/lib/keys/form";
import { getCurrentContext } from "@/lib/auth/current-team";
import { createKeyFromForm, renameKeyFromForm, revokeKeyFromForm, rotateKeyFromForm } from "./key-form-handlers";

const API_KEYS_PATH = "/settings/developer/api-keys";

/** The signed-in person acting on their current team, and where they act from (for the audit log). */
async function actingContext(): Promise<{ actor: KeyActor; teamId: string }> {
  const [{ user, team }, requestHeaders] = await Promise.all([getCurrentContext(), headers()]);
  const ip = clientIp(requestHeaders, env().TRUSTED_PROXY_HOPS);
  return {
    actor: { userId: user.id, ip: ip === "unknown" ? null : ip, userAgent: requestHeaders.get("user-agent") },
    teamId: team.id,
  };
}

// The secret in a successful result goes to the dialog that asked for it and nowhere else:
// never logged, never rendered by the page.
export async function createApiKeyAction(values: unknown): Promise<CreateKeyResult> {
  const { actor, teamId } = await actingContext();
  const result = await createKeyFromForm(actor, teamId, values);
  if (result.ok) revalidatePath(API_KEYS_PATH);
  return result;
}

export async function rotateApiKeyAction(values: unknown): Promise<RotateKeyResult> {
  const { actor, teamId } = await actingContext();
  const result = await rotateKeyFromForm(actor, teamId, values);
  if (result.ok) revalidatePath(API_KEYS_PATH);
  return result;
}

export async function revokeApiKeyAction(values: unknown): Promise<RevokeKeyResult> {
  const { actor, teamId } = await actingContext();
  const result = await revokeKeyFromForm(actor, teamId, values);
  if (result.ok) revalidatePath(API_KEYS_PATH);
  return result;
}

export async function renameApiKeyAction(values: unknown): Promise<RenameKeyResult> {
  const { actor, teamId } = await actingContext();
  const result = await renameKeyFromForm(actor, teamId, values);
  if (result.ok) revalidatePath(API_KEYS_PATH);
  return result;
}
