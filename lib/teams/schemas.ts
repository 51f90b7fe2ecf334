// Wire shapes of the team and its members (API.md "Team").
import { z } from "zod";
import { memberId, paginationQuery, timestamp } from "@/lib/http/wire-schemas";
import { languageTag } from "@/lib/meetings/schemas";

export const teamSchema = z
  .strictObject({
    id: z.string().meta({ example: "team_8c7b6a5f4e3d2c1b0a9f8e7d" }),
    name: z.string(),
    plan: z.enum(["free", "pro", "team", "enterprise"]),
    rate_limit_per_minute: z
      .number()
      .int()
      .min(1)
      .meta({ description: "Requests per minute shared by all of the team's keys." }),
    settings: z.strictObject({
      default_language: languageTag,
      auto_record: z.boolean().meta({ description: "Whether Mavio joins and records scheduled meetings by itself." }),
      retention_days: z.number().int().min(1).meta({ description: "Days recordings and transcripts are kept." }),
    }),
  })
  .meta({
    id: "Team",
    examples: [
      {
        id: "team_8c7b6a5f4e3d2c1b0a9f8e7d",
        name: "Acme",
        plan: "pro",
        rate_limit_per_minute: 300,
        settings: { default_language: "en", auto_record: true, retention_days: 365 },
      },
    ],
  });

export type TeamResource = z.infer<typeof teamSchema>;

export const teamMemberSchema = z
  .strictObject({
    id: memberId,
    name: z.string(),
    email: z.string(),
    role: z.enum(["owner", "admin", "member"]),
    joined_at: timestamp,
  })
  .meta({
    id: "Member",
    examples: [
      {
        id: "mem_5b0e9d4c3a2f1e8d7c6b5a49",
        name: "Olivia Chen",
        email: "olivia@acme.test",
        role: "owner",
        joined_at: "2026-06-01T09:00:00.000Z",
      },
    ],
  });

export type TeamMemberResource = z.infer<typeof teamMemberSchema>;

export const listMembersQuery = z.strictObject({ ...paginationQuery });
export type ListMembersQuery = z.output<typeof listMembersQuery>;
