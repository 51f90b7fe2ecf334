import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { db } from "@/lib/db";
import { formatDate, formatNumber } from "@/lib/format";
import { PLANS, requestsPerMinute } from "@/lib/plans/plans";
import { getCurrentContext } from "@/lib/auth/current-team";
import { hasPermission, refusalOf } from "@/lib/permissions/permissions";
import { RenameTeamForm } from "./components/rename-team-form";

export const metadata: Metadata = { title: "General settings" };

const TEAM_NAME_ID = "team-name";

/** One detail of the team; `htmlFor` makes its label the label of the field that edits it. */
function Detail({ label, htmlFor, children }: { label: string; htmlFor?: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="text-sm text-muted-foreground">{htmlFor ? <label htmlFor={htmlFor}>{label}</label> : label}</dt>
      <dd className="text-sm font-medium">{children}</dd>
    </div>
  );
}

export default async function GeneralSettingsPage() {
  const { team, membership } = await getCurrentContext();
  const canManage = hasPermission(membership.role, "team.manage");
  const details = await db.team.findUniqueOrThrow({
    where: { id: team.id },
    select: { defaultLanguage: true, autoRecord: true, retentionDays: true, createdAt: true },
  });
  return (
    <div className="grid gap-6">
      <PageHeader title="General" description="Your team's details and plan." />
      <Card>
        <CardHeader>
          <CardTitle>Team</CardTitle>
          <CardDescription>Everything your team records and every API key belongs to this team.</CardDescription>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-4">
            {canManage ? (
              <Detail label="Name" htmlFor={TEAM_NAME_ID}>
                <RenameTeamForm id={TEAM_NAME_ID} saved={team.name} />
              </Detail>
            ) : (
              <Detail label="Name">
                {team.name}
                <span className="mt-1 block text-xs font-normal text-muted-foreground">{refusalOf("team.manage")}</span>
              </Detail>
            )}
            <Detail label="Team URL slug">
              <code className="font-mono text-sm">{team.slug}</code>
              <span className="mt-1 block text-xs font-normal text-muted-foreground">
                The slug stays the same when the team is renamed, so links to the team keep working.
              </span>
            </Detail>
            <Detail label="Your role">
              <Badge variant="outline" className="capitalize">
                {membership.role}
              </Badge>
            </Detail>
            <Detail label="Created">{formatDate(details.createdAt)}</Detail>
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Plan and API limits</CardTitle>
          <CardDescription>The rate limit is shared by all of the team&apos;s API keys.</CardDescription>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-4">
            <Detail label="Plan">{PLANS[team.plan].label}</Detail>
            <Detail label="API rate limit">{formatNumber(requestsPerMinute(team))} requests per minute</Detail>
            <Detail label="IP allowlists for keys">
              {team.plan === "enterprise" ? "Available" : "Enterprise plan only"}
            </Detail>
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Recording defaults</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-4">
            <Detail label="Default language">{details.defaultLanguage}</Detail>
            <Detail label="Record meetings automatically">{details.autoRecord ? "On" : "Off"}</Detail>
            <Detail label="Keep recordings for">{formatNumber(details.retentionDays)} days</Detail>
          </dl>
        </CardContent>
      </Card>
    </div>
  );
}
