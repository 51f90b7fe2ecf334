import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DEFAULT_LANDING } from "@/lib/auth/callback-url";
import { requireUserId } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { personalTeamName } from "@/lib/teams/create-team";
import { CreateTeamForm } from "./components/create-team-form";

export const metadata: Metadata = { title: "No team" };

/**
 * Where someone signed in but in no team lands (they left or were removed from their last
 * one): they can start a team of their own, or follow an invitation back into one.
 */
export default async function NoTeamPage() {
  const userId = await requireUserId();
  const person = await db.user.findUnique({
    where: { id: userId },
    select: { name: true, _count: { select: { memberships: true } } },
  });
  if (!person) redirect("/sign-in");
  if (person._count.memberships) redirect(DEFAULT_LANDING);
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1 className="text-xl">You&apos;re not in any team</h1>
        </CardTitle>
        <CardDescription>
          Everything in Mavio belongs to a team. Create one of your own on the Free plan, or ask an owner or admin of a
          team to invite you and follow the link in their invitation.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <CreateTeamForm suggestedName={personalTeamName(person.name)} />
        <SignOutButton callbackUrl="/sign-in" />
      </CardContent>
    </Card>
  );
}
