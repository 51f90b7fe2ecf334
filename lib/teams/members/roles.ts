import type { Role } from "@/lib/generated/prisma/enums";

// What each role may do, in the words the Members page shows beside the role choice. Client-safe.

export const ROLE_OPTIONS: readonly { value: Role; label: string; description: string }[] = [
  {
    value: "owner",
    label: "Owner",
    description: "Everything an admin can do, and also make owners, change or remove owners, and transfer ownership.",
  },
  {
    value: "admin",
    label: "Admin",
    description: "Manages API keys, webhooks, members and the team's settings, but cannot change or remove an owner.",
  },
  {
    value: "member",
    label: "Member",
    description: "Works in the team and can see its API keys and webhooks, but cannot change them or manage people.",
  },
];

export const ROLES = ROLE_OPTIONS.map((option) => option.value) as [Role, ...Role[]];

export const ROLE_LABEL = Object.fromEntries(ROLE_OPTIONS.map((option) => [option.value, option.label])) as Record<
  Role,
  string
>;

/** "an admin", "a member": a role (or any role word an audit event stored) in running text. */
export const roleWithArticle = (role: string) => `${/^[aeiou]/i.test(role) ? "an" : "a"} ${role}`;
