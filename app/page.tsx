import { redirect } from "next/navigation";
import { getSignedInUserId } from "@/lib/auth/session";

export default async function Home() {
  redirect((await getSignedInUserId()) ? "/settings/developer/api-keys" : "/sign-in");
}
