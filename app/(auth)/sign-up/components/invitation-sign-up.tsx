import Link from "next/link";
import { redirect } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { getSignedInUserId } from "@/lib/auth/session";
import { findInvitationByToken } from "@/lib/teams/invitations/find-invitation-by-token";
import { invitationPath, invitationSignInPath } from "@/lib/teams/invitations/invitation-paths";
import { roleWithArticle } from "@/lib/teams/members/roles";
import { InvitationUnavailable } from "@/app/invite/components/invitation-unavailable";
import { InvitationSignUpForm } from "./invitation-sign-up-form";

/**
 * /sign-up?invitation=<token>: "Join <team> on Mavio" for the invited address. An address
 * that has an account already is sent to sign in instead; signed-in people accept on the
 * invitation page.
 */
export async function InvitationSignUp({ token }: { token: string }) {
  if (await getSignedInUserId()) redirect(invitationPath(token));
  const lookup = await findInvitationByToken(token);
  if (lookup.status === "not_found") return <InvitationUnavailable />;
  if (lookup.status === "expired") return <InvitationUnavailable expired={lookup.invitation} />;
  const { invitation, emailHasAccount } = lookup;
  const team = invitation.team.name;
  const invitedBy = invitation.inviter ? `${invitation.inviter.name} invited you` : "You are invited";
  const signInLink = (
    <Link href={invitationSignInPath(token)} className="font-medium text-foreground underline underline-offset-4">
      Sign in
    </Link>
  );

  if (emailHasAccount) {
    return (
      <Card>
        <CardHeader>
          <CardTitle>
            <h1 className="text-xl">Join {team} on Mavio</h1>
          </CardTitle>
          <CardDescription>
            {invitation.email} already has a Mavio account. Sign in with it to accept the invitation.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <Button asChild className="w-full">
            <Link href={invitationSignInPath(token)}>Sign in to accept</Link>
          </Button>
        </CardContent>
      </Card>
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1 className="text-xl">Join {team} on Mavio</h1>
        </CardTitle>
        <CardDescription>
          {invitedBy} to join {team} as {roleWithArticle(invitation.role)}. Create your account to join; you&apos;ll
          land in {team} rather than a team of your own.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <InvitationSignUpForm token={token} email={invitation.email} teamId={invitation.team.id} />
      </CardContent>
      <CardFooter className="text-sm text-muted-foreground">
        <p>Already have an account? {signInLink}</p>
      </CardFooter>
    </Card>
  );
}
