"use client";

import { Check, ChevronsUpDown } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { toast } from "@/components/ui/toaster";

export interface TeamOption {
  id: string;
  name: string;
  planLabel: string;
}

/** Switches the session's current team; the dashboard layout passes its server action in. */
export type SwitchTeam = (teamId: string) => Promise<{ ok: boolean }>;

export function TeamSwitcher({
  teams,
  currentTeamId,
  switchTeam,
}: {
  teams: TeamOption[];
  currentTeamId: string;
  switchTeam: SwitchTeam;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const current = teams.find((t) => t.id === currentTeamId) ?? teams[0];

  function choose(teamId: string) {
    if (teamId === currentTeamId) return;
    startTransition(async () => {
      const result = await switchTeam(teamId);
      if (!result.ok) toast.error("You are no longer a member of that team.");
      router.refresh();
    });
  }

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          variant="ghost"
          className="max-w-[14rem] gap-2 px-2"
          aria-label={`Team: ${current.name}. Switch team`}
          disabled={pending}
        >
          <span className="truncate">{current.name}</span>
          <Badge variant="secondary" className="hidden sm:inline-flex">
            {current.planLabel}
          </Badge>
          <ChevronsUpDown className="size-4 opacity-60" aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-64">
        <DropdownMenuLabel>Teams</DropdownMenuLabel>
        <DropdownMenuSeparator />
        {teams.map((team) => (
          <DropdownMenuItem key={team.id} onSelect={() => choose(team.id)} className="justify-between">
            <span className="truncate">{team.name}</span>
            <span className="flex items-center gap-2 text-xs text-muted-foreground">
              {team.planLabel}
              {team.id === currentTeamId ? (
                <Check className="size-4 text-foreground" aria-label="Current team" />
              ) : (
                <span className="size-4" />
              )}
            </span>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
