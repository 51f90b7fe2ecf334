import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getSignedInUserId } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { findInvitationByToken, type InvitationView } from "@/lib/teams/invitations/find-invitation-by-token";
import { invitationPath, invitationSignInPath, invitationSignUpPath } from "@/lib/teams/invitations/invitation-paths";
import { roleWithArticle } from "@/lib/teams/members/roles";
import { InvitationUnavailable } from "../components/invitation-unavailable";
import { JoinTeamButton } from "../components/join-team-button";
import { SignOutButton } from "@/components/auth/sign-out-button";

export const metadata: Metadata = { title: "Invitation" };

/** The signed-in person's address and whether they are in the team already; null when signed out. */
async function signedInPerson(teamId: string) {
  const userId = await getSignedInUserId();
  if (!userId) return null;
  return db.user.findUnique({
    where: { id: userId },
    select: { email: true, memberships: { where: { teamId }, select: { id: true } } },
  });
}

/** "Olivia Chen invited you to join Acme as an admin." */
function invitedLine(invitation: InvitationView) {
  const who = invitation.inviter?.name ?? `Someone at ${invitation.team.name}`;
  return `${who} invited you to join ${invitation.team.name} as ${roleWithArticle(invitation.role)}.`;
}

/**
 * Where the invitation email's link leads. Opening it changes nothing: mail scanners that
 * open every link cannot use it up. Signed out, it offers sign-up or sign-in (both come
 * back here or join directly); signed in as the invited address, one button joins.
 */
export default async function InvitationPage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const lookup = await findInvitationByToken(token);
  if (lookup.status === "not_found") return <InvitationUnavailable />;
  if (lookup.status === "expired") return <InvitationUnavailable expired={lookup.invitation} />;
  const { invitation, emailHasAccount } = lookup;
  const person = await signedInPerson(invitation.team.id);

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1 className="text-xl">Join {invitation.team.name} on Mavio</h1>
        </CardTitle>
        <CardDescription>{invitedLine(invitation)}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 text-sm">
        {!person ? (
          <>
            <p>
              The invitation is for <strong className="font-medium break-all">{invitation.email}</strong>.{" "}
              {emailHasAccount
                ? "You already have a Mavio account with this address: sign in to accept."
                : "Create your Mavio account with this address, or sign in if you already have one."}
            </p>
            <div className="grid gap-2">
              <Button asChild variant={emailHasAccount ? "outline" : "default"}>
                <Link href={invitationSignUpPath(token)}>Create account</Link>
              </Button>
              <Button asChild variant={emailHasAccount ? "default" : "outline"}>
                <Link href={invitationSignInPath(token)}>Sign in to accept</Link>
              </Button>
            </div>
          </>
        ) : person.email !== invitation.email ? (
          <>
            <p>
              This invitation is for <strong className="font-medium break-all">{invitation.email}</strong>, and you are
              signed in as <strong className="font-medium break-all">{person.email}</strong>. Sign out, then sign in as{" "}
              {invitation.email} to accept it.
            </p>
            <SignOutButton callbackUrl={invitationPath(token)} />
          </>
        ) : (
          <>
            <p>
              {person.memberships.length
                ? `You are already a member of ${invitation.team.name}.`
                : `You are signed in as ${person.email}.`}
            </p>
            <JoinTeamButton
              token={token}
              label={person.memberships.length ? `Go to ${invitation.team.name}` : `Join ${invitation.team.name}`}
            />
          </>
        )}
      </CardContent>
    </Card>
  );
}
