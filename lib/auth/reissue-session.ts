import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { authOptions } from "./options";

// next-auth's names: the __Secure- prefix whenever the site is served over HTTPS.
function sessionCookie(): { name: string; secure: boolean } {
  const secure = Boolean(env().NEXTAUTH_URL?.startsWith("https://"));
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, secure };
}

/**
 * Keeps the person who just changed their password signed in in this browser: their
 * session is issued again under the account's new session version, while every other
 * session still carries the old one and is refused.
 */
export async function reissueSession(sessionVersion: number): Promise<void> {
  const jar = await cookies();
  const { name, secure } = sessionCookie();
  const secret = authOptions.secret!;
  const current = jar.get(name)?.value;
  const token = current ? await decode({ token: current, secret }) : null;
  if (!token) return;
  const maxAge = authOptions.session!.maxAge!;
  jar.set(name, await encode({ token: { ...token, sessionVersion }, secret, maxAge }), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    maxAge,
  });
}
