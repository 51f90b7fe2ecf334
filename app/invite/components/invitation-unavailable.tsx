import Link from "next/link";
import { Card, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import type { InvitationView } from "@/lib/teams/invitations/find-invitation-by-token";
import {
  expiredInvitationMessage,
  INVITATION_NOT_VALID_REASON,
  INVITATION_NOT_VALID_TITLE,
} from "@/lib/teams/invitations/invitation-errors";

/**
 * An invitation link that no longer works: expired (who to ask for a new one), or used,
 * canceled or replaced. The invitation page and sign-up through it both show this.
 */
export function InvitationUnavailable({ expired }: { expired?: InvitationView }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1 className="text-xl">{expired ? "This invitation has expired" : INVITATION_NOT_VALID_TITLE}</h1>
        </CardTitle>
        <CardDescription>
          {expired
            ? expiredInvitationMessage(expired)
            : `${INVITATION_NOT_VALID_REASON} Ask the person who invited you for a new link, or sign in if you have already joined.`}
        </CardDescription>
      </CardHeader>
      <CardFooter className="text-sm text-muted-foreground">
        <Link href="/sign-in" className="font-medium text-foreground underline underline-offset-4">
          Sign in to Mavio
        </Link>
      </CardFooter>
    </Card>
  );
}
