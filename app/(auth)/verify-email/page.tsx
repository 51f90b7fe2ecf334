import type { Metadata } from "next";
import Link from "next/link";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { readAccountToken } from "@/lib/accounts/account-tokens";
import { DEFAULT_LANDING } from "@/lib/auth/callback-url";
import { confirmEmail } from "./actions";

export const metadata: Metadata = { title: "Confirm your email address" };

const OUTCOMES = {
  verified: { ok: true, text: "Your email address is confirmed. Thanks!" },
  email_taken: {
    ok: false,
    text: "Another Mavio account took this address in the meantime, so yours keeps its email.",
  },
  expired: {
    ok: false,
    text: "This link has expired (links work for 24 hours). Sign in and choose Resend on the banner or your Account page.",
  },
  invalid: {
    ok: false,
    text: "This link has already been used or is not valid. Sign in to see whether your address is confirmed, or to get a new link.",
  },
} as const;

type Outcome = keyof typeof OUTCOMES;
const isOutcome = (value: unknown): value is Outcome => typeof value === "string" && value in OUTCOMES;

/**
 * The link in the email opens this page and a button confirms: a GET never uses the link,
 * so mail scanners that open every link cannot spend it.
 */
export default async function VerifyEmailPage({ searchParams }: PageProps<"/verify-email">) {
  const { token, outcome } = await searchParams;
  if (isOutcome(outcome)) return <VerifyEmailCard outcome={outcome} />;
  const link = typeof token === "string" ? await readAccountToken("email_verification", token) : null;
  if (!link || link.status !== "valid") return <VerifyEmailCard outcome={link?.status ?? "invalid"} />;
  return (
    <VerifyEmailCard description={`Confirm that ${link.email} is your email address.`}>
      <form action={confirmEmail}>
        <input type="hidden" name="token" value={token as string} />
        <Button type="submit" className="w-full">
          Confirm email address
        </Button>
      </form>
    </VerifyEmailCard>
  );
}

function VerifyEmailCard({
  description,
  outcome,
  children,
}: {
  description?: string;
  outcome?: Outcome;
  children?: React.ReactNode;
}) {
  const result = outcome ? OUTCOMES[outcome] : null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1 className="text-xl">Confirm your email address</h1>
        </CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent>
        {result ? (
          <Alert variant={result.ok ? "default" : "destructive"}>
            <AlertDescription>{result.text}</AlertDescription>
          </Alert>
        ) : (
          children
        )}
      </CardContent>
      <CardFooter className="text-sm text-muted-foreground">
        <Link href={DEFAULT_LANDING} className="font-medium text-foreground underline underline-offset-4">
          Continue to Mavio
        </Link>
      </CardFooter>
    </Card>
  );
}
