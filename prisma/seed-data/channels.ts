// Channels group meetings; members are team memberships (by email).
import type { ChannelSeed, TeamSlug } from "./types";

export const CHANNELS: Record<TeamSlug, readonly ChannelSeed[]> = {
  acme: [
    {
      name: "Engineering",
      description: "Standups, sprint planning, architecture reviews and incident retros.",
      visibility: "public",
      members: ["adam@acme.test", "maya@acme.test"],
      createdDaysAgo: 300,
    },
    {
      name: "Customer Calls",
      description: "Onboarding, QBRs, renewals and security reviews with customers and prospects.",
      visibility: "public",
      members: ["olivia@acme.test", "adam@acme.test", "maya@acme.test"],
      createdDaysAgo: 280,
    },
    {
      name: "Leadership",
      description: "Board prep, leadership syncs, pricing and hiring debriefs. Private to the leadership team.",
      visibility: "private",
      members: ["olivia@acme.test", "adam@acme.test"],
      createdDaysAgo: 250,
    },
    {
      name: "Design",
      description: "Design reviews and critiques for Stockroom web and the scanner app.",
      visibility: "public",
      members: ["maya@acme.test", "adam@acme.test"],
      createdDaysAgo: 200,
    },
  ],
  globex: [
    {
      name: "Operations",
      description: "Weekly plant operations in Dayton and Munich.",
      visibility: "public",
      members: ["erin@globex.test"],
      createdDaysAgo: 60,
    },
    {
      name: "Suppliers",
      description: "Calls with casting and component suppliers.",
      visibility: "private",
      members: ["erin@globex.test"],
      createdDaysAgo: 45,
    },
  ],
};
