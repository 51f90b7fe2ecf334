import { Badge } from "@/components/ui/badge";
import type { KeyStatus } from "@/lib/keys/status";

const STATUS_BADGE: Record<KeyStatus, { label: string; variant: "success" | "warning" | "outline" | "destructive" }> = {
  active: { label: "Active", variant: "success" },
  expiring_soon: { label: "Expiring soon", variant: "warning" },
  expired: { label: "Expired", variant: "outline" },
  revoked: { label: "Revoked", variant: "destructive" },
};

export function KeyStatusBadge({ status }: { status: KeyStatus }) {
  return <Badge variant={STATUS_BADGE[status].variant}>{STATUS_BADGE[status].label}</Badge>;
}
