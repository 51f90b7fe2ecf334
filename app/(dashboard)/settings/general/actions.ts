"use server";

import { teamAction } from "@/lib/forms/team-action";
import { renameTeamFromForm } from "./team-form-handlers";

// Every page: the team's name is in the top bar's team switcher and in page text.
export const renameTeamAction = teamAction(renameTeamFromForm, { revalidate: { path: "/", type: "layout" } });
