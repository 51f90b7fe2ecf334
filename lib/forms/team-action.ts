import { revalidatePath } from "next/cache";
import { requestActor } from "./request-actor";
import type { Actor } from "@/lib/permissions/actor";
import { getCurrentContext } from "@/lib/auth/current-team";
import type { FormHandler } from "./form-handler";

export interface TeamActionOptions {
  /** What to render again after a success: the page, or with type "layout" every page under it. */
  revalidate?: { path: string; type?: "layout" | "page" };
}

/** The signed-in person acting on their current team (never a team named by the form), and from where. */
async function currentActor(): Promise<{ actor: Actor; teamId: string }> {
  const { user, team } = await getCurrentContext();
  return { actor: await requestActor(user.id), teamId: team.id };
}

/** A settings server action: the handler, run for the person asking, on their current team. */
export function teamAction<Result extends { ok: boolean }>(
  handler: FormHandler<Result>,
  { revalidate }: TeamActionOptions = {},
): (input: unknown) => Promise<Result> {
  return async (input) => {
    const { actor, teamId } = await currentActor();
    const result = await handler(actor, teamId, input);
    if (result.ok && revalidate) revalidatePath(revalidate.path, revalidate.type);
    return result;
  };
}
