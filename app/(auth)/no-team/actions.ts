"use server";

import { redirect } from "next/navigation";
import { DEFAULT_LANDING } from "@/lib/auth/callback-url";
import { setCurrentTeamCookie } from "@/lib/auth/current-team";
import { requireUserId } from "@/lib/auth/session";
import { createTeamFromForm } from "@/lib/teams/create-team";
import type { CreateTeamResult } from "@/lib/teams/team-settings-schemas";

/** "Create team" on /no-team: a Free team with the signed-in person as its owner, which then opens. */
export async function createTeamAction(input: unknown): Promise<CreateTeamResult> {
  const result = await createTeamFromForm(await requireUserId(), input);
  if (!result.ok) return result;
  await setCurrentTeamCookie(result.teamId);
  redirect(DEFAULT_LANDING);
}
