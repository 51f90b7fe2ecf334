import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { ActionButton, SendLinkButton } from "@/components/settings/action-button";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { pendingEmailChange } from "@/lib/accounts/change-email";
import { getCurrentContext } from "@/lib/auth/current-team";
import { githubSignInEnabled } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { resendVerification } from "../../actions";
import { changeEmail, disconnectGitHubSignIn, emailPasswordLink, savePassword, saveProfile } from "./actions";
import { ConnectGitHubButton } from "./components/connect-github-button";
import { EmailForm } from "./components/email-form";
import { PasswordForm } from "./components/password-form";
import { ProfileForm } from "./components/profile-form";

export const metadata: Metadata = { title: "Account" };

const GITHUB_NOTICES = {
  connected: { ok: true, text: "GitHub is connected: you can sign in with it from now on." },
  "email-unverified": {
    ok: false,
    text: "Confirm your email address first: only a confirmed account can connect GitHub.",
  },
  "linked-elsewhere": { ok: false, text: "That GitHub account already signs in to another Mavio account." },
} as const;

export default async function AccountPage({ searchParams }: PageProps<"/settings/account">) {
  const { user } = await getCurrentContext();
  const { github } = await searchParams;
  const [pendingEmail, githubAccount] = await Promise.all([
    pendingEmailChange(user.id, user.email),
    githubSignInEnabled()
      ? db.oAuthAccount.findFirst({ where: { userId: user.id, provider: "github" }, select: { createdAt: true } })
      : null,
  ]);
  const notice =
    typeof github === "string" && github in GITHUB_NOTICES
      ? GITHUB_NOTICES[github as keyof typeof GITHUB_NOTICES]
      : null;
  return (
    <div className="grid gap-6">
      <PageHeader title="Account" description="Your own details. They follow you into every team you belong to." />
      {notice ? (
        <Alert variant={notice.ok ? "default" : "destructive"}>
          <AlertDescription>{notice.text}</AlertDescription>
        </Alert>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle>
            <h3>Name</h3>
          </CardTitle>
          <CardDescription>How your teammates see you.</CardDescription>
        </CardHeader>
        <CardContent>
          <ProfileForm name={user.name} saveProfile={saveProfile} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>
            <h3>Email address</h3>
          </CardTitle>
          <CardDescription>
            Where we send sign-in, security and invitation emails. A new address takes effect once you follow the link
            we send to it.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span className="font-medium break-all">{user.email}</span>
            {user.emailVerified ? (
              <Badge variant="outline">Confirmed</Badge>
            ) : (
              <>
                <Badge variant="secondary">Not confirmed</Badge>
                <SendLinkButton label="Resend confirmation link" sentTo={user.email} send={resendVerification} />
              </>
            )}
          </div>
          {pendingEmail ? (
            <p className="text-sm text-muted-foreground" role="status">
              Waiting for confirmation: we sent a link to{" "}
              <span className="font-medium text-foreground">{pendingEmail}</span>. Until you follow it, you keep{" "}
              {user.email}.
            </p>
          ) : null}
          {user.hasPassword ? (
            <EmailForm changeEmail={changeEmail} />
          ) : (
            <p className="text-sm text-muted-foreground">
              To change your address, set a password first (under Password): the change asks for it.
            </p>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>
            <h3>Password</h3>
          </CardTitle>
          <CardDescription>
            {user.hasPassword
              ? "Changing it signs you out everywhere else; you stay signed in here."
              : "You sign in with GitHub. To sign in with your email too, set a password through a link we email you."}
          </CardDescription>
        </CardHeader>
        <CardContent>
          {user.hasPassword ? (
            <PasswordForm savePassword={savePassword} />
          ) : (
            <SendLinkButton label="Email me a link" sentTo={user.email} send={emailPasswordLink} />
          )}
        </CardContent>
      </Card>
      {githubSignInEnabled() ? (
        <Card>
          <CardHeader>
            <CardTitle>
              <h3>GitHub</h3>
            </CardTitle>
            <CardDescription>Sign in with your GitHub account instead of typing your password.</CardDescription>
          </CardHeader>
          <CardContent>
            {githubAccount ? (
              <div className="flex flex-wrap items-center gap-3 text-sm">
                <Badge variant="outline">Connected</Badge>
                <span className="text-muted-foreground">since {formatDate(githubAccount.createdAt)}</span>
                <ActionButton
                  label="Disconnect"
                  pendingLabel="Disconnecting…"
                  action={disconnectGitHubSignIn}
                  done={{ title: "GitHub disconnected", description: "Sign in with your email and password." }}
                  failed="Still connected"
                />
              </div>
            ) : (
              <ConnectGitHubButton
                disabledReason={user.emailVerified ? null : "Confirm your email address first to connect GitHub."}
              />
            )}
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
