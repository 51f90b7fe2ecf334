import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { readAccountToken } from "@/lib/accounts/account-tokens";
import { resetLinkProblem } from "@/lib/accounts/password-reset";
import { resetPassword } from "./actions";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: PageProps<"/reset-password">) {
  const { token } = await searchParams;
  const link =
    typeof token === "string" ? await readAccountToken("password_reset", token) : { status: "invalid" as const };
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1 className="text-xl">Choose a new password</h1>
        </CardTitle>
        <CardDescription>
          {link.status === "valid"
            ? `For ${link.email}. Setting it signs you out of Mavio everywhere else.`
            : "This link can't be used to reset a password."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {link.status === "valid" ? (
          <ResetPasswordForm token={token as string} resetPassword={resetPassword} />
        ) : (
          <Alert variant="destructive">
            <AlertDescription>{resetLinkProblem(link.status)}</AlertDescription>
          </Alert>
        )}
      </CardContent>
      <CardFooter className="text-sm text-muted-foreground">
        <p>
          {link.status === "valid" ? "Remembered it? " : "Need a new link? "}
          <Link
            href={link.status === "valid" ? "/sign-in" : "/forgot-password"}
            className="font-medium text-foreground underline underline-offset-4"
          >
            {link.status === "valid" ? "Back to sign in" : "Reset your password"}
          </Link>
        </p>
      </CardFooter>
    </Card>
  );
}
