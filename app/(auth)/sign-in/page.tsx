import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { GitHubButton } from "@/components/auth/github-button";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { githubSignInEnabled } from "@/lib/auth/options";
import { getSignedInUserId } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl: requestedCallbackUrl, error, notice } = await searchParams;
  const callbackUrl = safeCallbackUrl(requestedCallbackUrl);
  if (await getSignedInUserId()) redirect(callbackUrl);
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1 className="text-xl">Sign in to Mavio</h1>
        </CardTitle>
        <CardDescription>Welcome back. Use your work email.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {notice === "password-reset" ? (
          <Alert>
            <AlertTitle>Password changed</AlertTitle>
            <AlertDescription>
              Every session of your account was signed out. Sign in with your new password.
            </AlertDescription>
          </Alert>
        ) : null}
        <SignInForm callbackUrl={callbackUrl} errorCode={typeof error === "string" ? error : undefined} />
        {githubSignInEnabled() ? <GitHubButton callbackUrl={callbackUrl} /> : null}
      </CardContent>
      <CardFooter className="text-sm text-muted-foreground">
        <p>
          New to Mavio?{" "}
          <Link href="/sign-up" className="font-medium text-foreground underline underline-offset-4">
            Create an account
          </Link>
        </p>
      </CardFooter>
    </Card>
  );
}
