"use server";

import { redirect } from "next/navigation";
import { teamAction } from "@/lib/forms/team-action";
import {
  changeRoleFromForm,
  leaveTeamFromForm,
  removeMemberFromForm,
  transferOwnershipFromForm,
} from "./member-form-handlers";

// Every page, not just this one: a change to your own role (stepping down, handing over
// ownership) changes what each settings page lets you do, and leaving changes the team switcher.
const EVERY_PAGE = { revalidate: { path: "/", type: "layout" as const } };

export const changeMemberRoleAction = teamAction(changeRoleFromForm, EVERY_PAGE);
export const removeMemberAction = teamAction(removeMemberFromForm, EVERY_PAGE);
export const transferOwnershipAction = teamAction(transferOwnershipFromForm, EVERY_PAGE);

const leave = teamAction(leaveTeamFromForm, EVERY_PAGE);

/** Leaves the current team for the next one, or for the page that says there is none. */
export async function leaveTeamAction(input: unknown) {
  const result = await leave(input);
  if (result.ok) redirect(result.remainingTeams ? "/settings/general" : "/no-team");
  return result;
}
