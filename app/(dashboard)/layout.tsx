import { DialogHost } from "@/components/settings/dialog-host";
import { TopBar } from "@/components/shell/top-bar";
import { TooltipProvider } from "@/components/ui/tooltip";
import { getCurrentContext } from "@/lib/auth/current-team";
import { switchTeam } from "./actions";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const context = await getCurrentContext();
  return (
    <TooltipProvider delayDuration={200}>
      <DialogHost>
        <div className="flex min-h-dvh flex-col">
          <TopBar context={context} switchTeam={switchTeam} />
          <div className="flex-1">{children}</div>
        </div>
      </DialogHost>
    </TooltipProvider>
  );
}
