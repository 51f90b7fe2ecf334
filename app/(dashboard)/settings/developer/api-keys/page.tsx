import { KeyRound } from "lucide-react";
import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate, formatRelative } from "@/lib/format";
import { maskApiKey } from "@/lib/keys/format";
import { listTeamKeys } from "@/lib/keys/list-keys";
import type { KeyStatus } from "@/lib/keys/status";
import { getCurrentContext } from "@/lib/teams/current-team";
import { cn } from "@/lib/utils";

export const metadata: Metadata = { title: "API Keys" };

const STATUS_BADGE: Record<KeyStatus, { label: string; variant: "success" | "warning" | "outline" | "destructive" }> = {
  active: { label: "Active", variant: "success" },
  expiring_soon: { label: "Expiring soon", variant: "warning" },
  expired: { label: "Expired", variant: "outline" },
  revoked: { label: "Revoked", variant: "destructive" },
};

export default async function ApiKeysPage() {
  const { team } = await getCurrentContext();
  const keys = await listTeamKeys(team.id);
  return (
    <div className="grid gap-6">
      <PageHeader
        title="API Keys"
        description="API keys let integrations call the Mavio API on behalf of your team. Treat them like passwords."
      />
      {keys.length === 0 ? (
        <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed p-10 text-center">
          <KeyRound className="size-8 text-muted-foreground" aria-hidden="true" />
          <h3 className="font-medium">No API keys yet</h3>
          <p className="max-w-sm text-sm text-muted-foreground">
            Create a key for each integration, with only the scopes it needs, to connect Mavio to your own tools.
          </p>
        </div>
      ) : (
        <div className="rounded-lg border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Key</TableHead>
                <TableHead>Scopes</TableHead>
                <TableHead>Created</TableHead>
                <TableHead>Expires</TableHead>
                <TableHead>Last used</TableHead>
                <TableHead>Status</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {keys.map((key) => {
                const inactive = key.status === "revoked" || key.status === "expired";
                return (
                  <TableRow key={key.id} className={cn(inactive && "text-muted-foreground")}>
                    <TableCell className="font-medium">{key.name}</TableCell>
                    <TableCell>
                      <code className="font-mono text-xs">{maskApiKey(key.last4)}</code>
                    </TableCell>
                    <TableCell>
                      <div className="flex max-w-xs flex-wrap gap-1">
                        {key.scopes.map((scope) => (
                          <Badge key={scope} variant="outline" className="font-mono text-[11px]">
                            {scope}
                          </Badge>
                        ))}
                      </div>
                    </TableCell>
                    <TableCell className="whitespace-nowrap">{formatDate(key.createdAt)}</TableCell>
                    <TableCell className="whitespace-nowrap">{key.expiresAt ? formatDate(key.expiresAt) : "Never"}</TableCell>
                    <TableCell className="whitespace-nowrap">{key.lastUsedAt ? formatRelative(key.lastUsedAt) : "Never used"}</TableCell>
                    <TableCell>
                      <Badge variant={STATUS_BADGE[key.status].variant}>{STATUS_BADGE[key.status].label}</Badge>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
