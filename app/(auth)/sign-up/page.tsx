import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { GitHubButton } from "@/components/auth/github-button";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { DEFAULT_LANDING } from "@/lib/auth/callback-url";
import { githubSignInEnabled } from "@/lib/auth/options";
import { getSignedInUserId } from "@/lib/auth/session";
import { signUp } from "./actions";
import { InvitationSignUp } from "./components/invitation-sign-up";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const { invitation } = await searchParams;
  if (typeof invitation === "string") return <InvitationSignUp token={invitation} />;
  if (await getSignedInUserId()) redirect(DEFAULT_LANDING);
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1 className="text-xl">Create your Mavio account</h1>
        </CardTitle>
        <CardDescription>
          You&apos;ll get your own team on the Free plan; invite your teammates from Settings &gt; Members.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <SignUpForm signUp={signUp} />
        {githubSignInEnabled() ? <GitHubButton callbackUrl={DEFAULT_LANDING} /> : null}
      </CardContent>
      <CardFooter className="text-sm text-muted-foreground">
        <p>
          Already have an account?{" "}
          <Link href="/sign-in" className="font-medium text-foreground underline underline-offset-4">
            Sign in
          </Link>
        </p>
      </CardFooter>
    </Card>
  );
}
