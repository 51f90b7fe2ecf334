import { headers } from "next/headers";
import { NONCE_HEADER } from "./content-security-policy";

/** This page request's script nonce. Reading it renders the page per request, as a nonce requires. */
export async function requestNonce(): Promise<string | undefined> {
  return (await headers()).get(NONCE_HEADER) ?? undefined;
}
