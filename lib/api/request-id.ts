import { randomBytes } from "node:crypto";

// Echo a caller's id only when it is safe to put in logs and headers.
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFor(incoming: string | null): string {
  if (incoming && ACCEPTABLE_ID.test(incoming)) return incoming;
  return `req_${randomBytes(12).toString("hex")}`;
}
