import type { TeamAuditAction } from "@/lib/generated/prisma/enums";
import type { TeamEventRow } from "@/lib/teams/audit/list-team-events";
import { USED_BY_MEMBER } from "@/lib/teams/invitations/invitation-end-reasons";
import { roleWithArticle } from "@/lib/teams/members/roles";

export const TEAM_ACTION_LABEL: Record<TeamAuditAction, string> = {
  member_invited: "Invited",
  invitation_resent: "Invitation resent",
  invitation_canceled: "Invitation canceled",
  member_joined: "Joined",
  role_changed: "Role changed",
  member_removed: "Removed",
  member_left: "Left",
  ownership_transferred: "Ownership transferred",
  team_renamed: "Team renamed",
};

type Details = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);

const detailsOf = (event: TeamEventRow): Details =>
  (event.details && typeof event.details === "object" && !Array.isArray(event.details) ? event.details : {}) as Details;

/** What the log says of an event: a sentence, and the address of the person it names (when it names them by name). */
export interface DescribedTeamEvent {
  sentence: string;
  subjectEmail: string | null;
}

/**
 * "Olivia Chen changed Sam Lee's role from member to admin". People are named as the event
 * recorded them, so the log reads the same after they rename themselves or leave.
 */
export function describeTeamEvent(event: TeamEventRow): DescribedTeamEvent {
  const details = detailsOf(event);
  const actor = event.actor?.name ?? "A Mavio operator";
  const subject = text(details.name) ?? event.subject?.name ?? event.email ?? "someone";
  const subjectEmail = text(details.email) ?? event.subject?.email ?? null;
  const invited = event.email ?? subject;
  const role = text(details.role);
  const asRole = role ? ` as ${roleWithArticle(role)}` : "";
  const named = (sentence: string) => ({ sentence, subjectEmail });
  const unnamed = (sentence: string) => ({ sentence, subjectEmail: null });
  switch (event.action) {
    case "member_invited":
      return unnamed(`${actor} invited ${invited}${asRole}`);
    case "invitation_resent":
      return unnamed(`${actor} resent the invitation to ${invited}`);
    case "invitation_canceled":
      return details.reason === USED_BY_MEMBER
        ? unnamed(`${subject} followed the invitation to ${invited} while already in the team, so nothing changed`)
        : unnamed(`${actor} canceled the invitation to ${invited}`);
    case "member_joined":
      return named(`${subject} joined the team${asRole}`);
    case "role_changed": {
      const from = text(details.from);
      const to = text(details.to);
      return named(`${actor} changed ${subject}'s role${from && to ? ` from ${from} to ${to}` : ""}`);
    }
    case "member_removed":
      return named(`${actor} removed ${subject} from the team`);
    case "member_left":
      return named(`${subject} left the team`);
    case "ownership_transferred":
      return named(`${actor} transferred ownership to ${subject} and became an admin`);
    case "team_renamed": {
      const from = text(details.from);
      const to = text(details.to);
      return unnamed(`${actor} renamed the team${from && to ? ` from “${from}” to “${to}”` : ""}`);
    }
  }
}
