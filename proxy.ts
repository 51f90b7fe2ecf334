import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

// Cheap, early redirect for signed-out visitors, keeping where they were going. Pages
// check the session again on the server; this only spares a render.
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ["/settings/:path*", "/dashboard/:path*"] };
