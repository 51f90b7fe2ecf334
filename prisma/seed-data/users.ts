// Demo logins, printed by the README and the launcher. Demo-only credentials.
import type { DemoUser, TeamSeed } from "./types";

export const DEMO_PASSWORD = "mavio-demo-2026";

export const DEMO_USERS: readonly DemoUser[] = [
  { email: "olivia@acme.test", name: "Olivia Park", role: "owner", team: "acme" },
  { email: "adam@acme.test", name: "Adam Novak", role: "admin", team: "acme" },
  { email: "maya@acme.test", name: "Maya Rodriguez", role: "member", team: "acme" },
  { email: "erin@globex.test", name: "Erin Walsh", role: "owner", team: "globex" },
];

export const DEMO_TEAMS: readonly TeamSeed[] = [
  {
    slug: "acme",
    name: "Acme",
    plan: "pro",
    customRateLimit: null,
    defaultLanguage: "en",
    autoRecord: true,
    retentionDays: 365,
    createdDaysAgo: 420,
  },
  {
    slug: "globex",
    name: "Globex",
    plan: "enterprise",
    customRateLimit: 5000,
    defaultLanguage: "en",
    autoRecord: false,
    retentionDays: 730,
    createdDaysAgo: 95,
  },
];

/** People who also belong to a second team, so the team switcher has something to switch. */
const GUEST_MEMBERSHIPS: readonly DemoUser[] = [
  { email: "olivia@acme.test", name: "Olivia Park", role: "admin", team: "globex" },
];

/** Everyone in a demo team, in the order they joined. */
export function teamMembers(slug: DemoUser["team"]): DemoUser[] {
  return [...DEMO_USERS, ...GUEST_MEMBERSHIPS].filter((user) => user.team === slug);
}
