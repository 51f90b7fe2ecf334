import { Badge } from "@/components/ui/badge";
import type { WebhookDeliveryResource } from "@/lib/webhooks/schemas";

const STATUS_BADGE: Record<
  WebhookDeliveryResource["status"],
  { label: string; variant: "success" | "warning" | "destructive" }
> = {
  pending: { label: "Pending", variant: "warning" },
  succeeded: { label: "Succeeded", variant: "success" },
  failed: { label: "Failed", variant: "destructive" },
};

export function DeliveryStatusBadge({ status }: { status: WebhookDeliveryResource["status"] }) {
  return <Badge variant={STATUS_BADGE[status].variant}>{STATUS_BADGE[status].label}</Badge>;
}
