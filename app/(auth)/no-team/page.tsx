import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DEFAULT_LANDING } from "@/lib/auth/callback-url";
import { requireUserId } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { SignOutButton } from "./sign-out-button";

export const metadata: Metadata = { title: "No team" };

/** Where someone signed in but in no team lands (they left or were removed from their last one). */
export default async function NoTeamPage() {
  const userId = await requireUserId();
  if (await db.membership.count({ where: { userId } })) redirect(DEFAULT_LANDING);
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1 className="text-xl">You&apos;re not in any team</h1>
        </CardTitle>
        <CardDescription>
          Everything in Mavio belongs to a team. Ask an owner or admin of your team to invite you, then follow the link
          in their invitation.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <SignOutButton />
      </CardContent>
    </Card>
  );
}
