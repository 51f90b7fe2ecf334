import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { clientIp } from "@/lib/http/client-ip";
import { env } from "@/lib/env";
import { signInSchema } from "@/lib/validations/auth";
import { findOrCreateOAuthUser, type OAuthRefusal } from "@/lib/users/find-or-create-oauth-user";
import { signInWithPassword } from "@/lib/users/sign-in-with-password";
import { currentSessionVersion } from "./session-version";
import { signedInUserDuringAuth } from "./sign-in-context";
import { OAUTH_EMAIL_IN_USE } from "./sign-in-errors";

export function githubSignInEnabled(): boolean {
  return Boolean(env().GITHUB_ID && env().GITHUB_SECRET);
}

function providers(): NextAuthOptions["providers"] {
  const credentials = CredentialsProvider({
    name: "Email",
    credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
    async authorize(raw, request) {
      const parsed = signInSchema.safeParse(raw);
      if (!parsed.success) return null;
      const ip = clientIp(new Headers(request.headers as Record<string, string>), env().TRUSTED_PROXY_HOPS);
      return signInWithPassword(parsed.data.email, parsed.data.password, ip);
    },
  });
  if (!githubSignInEnabled()) return [credentials];
  return [credentials, GitHubProvider({ clientId: env().GITHUB_ID!, clientSecret: env().GITHUB_SECRET! })];
}

// Where a refused GitHub sign-in lands: linking is done from the Account page, so its refusals go back there.
const OAUTH_REFUSAL_PAGES: Record<OAuthRefusal, string> = {
  "email-in-use": `/sign-in?error=${OAUTH_EMAIL_IN_USE}`,
  "email-unverified": "/settings/account?github=email-unverified",
  "linked-elsewhere": "/settings/account?github=linked-elsewhere",
};

export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: providers(),
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider !== "github") return true;
      if (!user.email) return "/sign-in?error=OAuthSignin";
      const outcome = await findOrCreateOAuthUser(
        {
          provider: "github",
          providerAccountId: account.providerAccountId,
          email: user.email,
          name: user.name ?? user.email,
        },
        signedInUserDuringAuth(),
      );
      if ("refused" in outcome) return OAUTH_REFUSAL_PAGES[outcome.refused];
      // next-auth hands this same object to the jwt callback: from here on it is our user.
      user.id = outcome.userId;
      return true;
    },
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionVersion = (await currentSessionVersion(user.id)) ?? 0;
        return token;
      }
      if (!token.sub) return token;
      // Sessions from before versions existed carry none: version 0, which they were.
      const version = await currentSessionVersion(token.sub);
      if (version === null || version !== (token.sessionVersion ?? 0)) return { signedOut: true };
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
};
