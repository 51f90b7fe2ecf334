// All demo meetings by team.
import { ACME_CUSTOMER_MEETINGS } from "./meetings-acme-customers";
import { ACME_DESIGN_MEETINGS } from "./meetings-acme-design";
import { ACME_ENGINEERING_MEETINGS } from "./meetings-acme-engineering";
import { ACME_LEADERSHIP_MEETINGS } from "./meetings-acme-leadership";
import { GLOBEX_MEETINGS } from "./meetings-globex";
import type { MeetingSeed, TeamSlug } from "./types";

export const MEETINGS: Record<TeamSlug, readonly MeetingSeed[]> = {
  acme: [...ACME_ENGINEERING_MEETINGS, ...ACME_CUSTOMER_MEETINGS, ...ACME_DESIGN_MEETINGS, ...ACME_LEADERSHIP_MEETINGS],
  globex: GLOBEX_MEETINGS,
};
