import { DialogHost } from "@/components/settings/dialog-host";
import { TopBar } from "@/components/shell/top-bar";
import { VerifyEmailBanner } from "@/components/shell/verify-email-banner";
import { TooltipProvider } from "@/components/ui/tooltip";
import { getCurrentContext } from "@/lib/auth/current-team";
import { resendVerification, switchTeam } from "./actions";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const context = await getCurrentContext();
  return (
    <TooltipProvider delayDuration={200}>
      <DialogHost>
        <div className="flex min-h-dvh flex-col">
          <TopBar context={context} switchTeam={switchTeam} />
          {context.user.emailVerified ? null : (
            <VerifyEmailBanner email={context.user.email} resend={resendVerification} />
          )}
          <div className="flex-1">{children}</div>
        </div>
      </DialogHost>
    </TooltipProvider>
  );
}
