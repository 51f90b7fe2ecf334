import { SegmentedLinks } from "@/components/settings/segmented-links";
import { WEBHOOK_DELIVERY_STATUSES, type WebhookDeliveryResource } from "@/lib/webhooks/schemas";

type Filter = WebhookDeliveryResource["status"] | undefined;

const OPTIONS: { value: Filter; label: string }[] = [
  { value: undefined, label: "All" },
  ...WEBHOOK_DELIVERY_STATUSES.map((status) => ({ value: status, label: status[0].toUpperCase() + status.slice(1) })),
];

export function DeliveriesFilter({ status, basePath }: { status: Filter; basePath: string }) {
  return (
    <SegmentedLinks
      label="Filter deliveries by status"
      links={OPTIONS.map((option) => ({
        href: option.value ? `${basePath}?status=${option.value}` : basePath,
        label: option.label,
        active: option.value === status,
      }))}
    />
  );
}
