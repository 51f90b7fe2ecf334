import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { getSignedInUserId } from "@/lib/auth/session";
import { runWithSignedInUser } from "@/lib/auth/sign-in-context";

const nextAuth = NextAuth(authOptions);

async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return runWithSignedInUser(await getSignedInUserId(), () => nextAuth(request, context));
}

export { handler as GET, handler as POST };
