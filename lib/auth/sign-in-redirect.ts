import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

const SIGNED_IN_AREAS = ["/settings", "/dashboard"];

const isSignedInArea = (pathname: string) =>
  SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));

/**
 * A cheap, early redirect for signed-out visitors of the signed-in areas, keeping where
 * they were going; null when the request may go on. Pages check the session again on
 * the server; this only spares a render. Public pages skip the session decode.
 */
export async function signInRedirect(request: NextRequest): Promise<NextResponse | null> {
  if (!isSignedInArea(request.nextUrl.pathname)) return null;
  if (await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET })) return null;
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}
