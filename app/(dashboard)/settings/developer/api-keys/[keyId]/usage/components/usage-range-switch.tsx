import Link from "next/link";
import { USAGE_RANGES, type UsageRange } from "@/lib/usage/queries";
import { cn } from "@/lib/utils";

const SHORT_LABEL: Record<UsageRange, string> = { "24h": "24 hours", "7d": "7 days", "30d": "30 days" };

/** Plain links, so a range is shareable and works before the page's scripts load. */
export function UsageRangeSwitch({ range, basePath }: { range: UsageRange; basePath: string }) {
  return (
    <nav aria-label="Time range">
      <ul className="inline-flex h-9 items-center rounded-lg bg-muted p-[3px] text-sm">
        {(Object.keys(USAGE_RANGES) as UsageRange[]).map((option) => {
          const active = option === range;
          return (
            <li key={option} className="h-full">
              <Link
                href={`${basePath}?range=${option}`}
                aria-current={active ? "page" : undefined}
                aria-label={USAGE_RANGES[option].label}
                className={cn(
                  "inline-flex h-full items-center rounded-md px-3 font-medium whitespace-nowrap transition-colors",
                  "focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring",
                  active ? "bg-background text-foreground shadow-sm" : "text-muted-foreground hover:text-foreground",
                )}
              >
                {SHORT_LABEL[option]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
