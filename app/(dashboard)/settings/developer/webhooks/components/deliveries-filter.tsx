import Link from "next/link";
import { WEBHOOK_DELIVERY_STATUSES, type WebhookDeliveryResource } from "@/lib/webhooks/schemas";
import { cn } from "@/lib/utils";

type Filter = WebhookDeliveryResource["status"] | undefined;

const OPTIONS: { value: Filter; label: string }[] = [
  { value: undefined, label: "All" },
  ...WEBHOOK_DELIVERY_STATUSES.map((status) => ({ value: status, label: status[0].toUpperCase() + status.slice(1) })),
];

/** Plain links, so a filtered view is shareable and works before the page's scripts load. */
export function DeliveriesFilter({ status, basePath }: { status: Filter; basePath: string }) {
  return (
    <nav aria-label="Filter deliveries by status">
      <ul className="inline-flex h-9 max-w-full items-center overflow-x-auto rounded-lg bg-muted p-[3px] text-sm">
        {OPTIONS.map((option) => {
          const active = option.value === status;
          return (
            <li key={option.label} className="h-full">
              <Link
                href={option.value ? `${basePath}?status=${option.value}` : basePath}
                scroll={false}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-flex h-full items-center rounded-md px-3 font-medium whitespace-nowrap transition-colors",
                  "focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring",
                  active ? "bg-background text-foreground shadow-sm" : "text-muted-foreground hover:text-foreground",
                )}
              >
                {option.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
