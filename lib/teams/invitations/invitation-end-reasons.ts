// Why an invitation ended when nobody canceled it: the `reason` in its invitation_canceled
// event's details, which the team audit log reads. Client-safe.

/** The person it was for followed the link while already in the team: it is used up, nothing else changed. */
export const USED_BY_MEMBER = "used_by_member";
