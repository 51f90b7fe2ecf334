"use server";

import { redirect } from "next/navigation";
import { DEFAULT_LANDING } from "@/lib/auth/callback-url";
import { setCurrentTeamCookie } from "@/lib/auth/current-team";
import { requireUserId } from "@/lib/auth/session";
import { failureFrom } from "@/lib/forms/failure";
import type { FormFailure } from "@/lib/forms/results";
import { requestActor } from "@/lib/forms/request-actor";
import { acceptInvitation } from "@/lib/teams/invitations/accept-invitation";

/** "Join <team>": accepts for the signed-in person, then opens the team (a refusal stays on the page). */
export async function joinInvitedTeam(token: string): Promise<FormFailure> {
  const actor = await requestActor(await requireUserId());
  let teamId: string;
  try {
    ({ teamId } = await acceptInvitation(actor, String(token)));
  } catch (error) {
    return failureFrom(error);
  }
  await setCurrentTeamCookie(teamId);
  redirect(DEFAULT_LANDING);
}
