import { Logo } from "@/components/brand/logo";
import { PLANS } from "@/lib/plans/plans";
import type { CurrentContext } from "@/lib/auth/current-team";
import { TeamSwitcher, type SwitchTeam } from "./team-switcher";
import { UserMenu } from "./user-menu";

export function TopBar({ context, switchTeam }: { context: CurrentContext; switchTeam: SwitchTeam }) {
  const teams = context.teams.map((team) => ({ id: team.id, name: team.name, planLabel: PLANS[team.plan].label }));
  return (
    <header className="sticky top-0 z-40 border-b bg-background/95 backdrop-blur supports-[backdrop-filter]:bg-background/80">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:px-6">
        <Logo href="/settings/developer/api-keys" />
        <span className="text-muted-foreground/60" aria-hidden="true">
          /
        </span>
        <TeamSwitcher teams={teams} currentTeamId={context.team.id} switchTeam={switchTeam} />
        <div className="ml-auto">
          <UserMenu name={context.user.name} email={context.user.email} />
        </div>
      </div>
    </header>
  );
}
