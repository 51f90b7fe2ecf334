"use client";

import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";
import {
  BROWSER_TIME_ZONE_COOKIE,
  rememberInBrowser,
  TIME_ZONE_MODE_COOKIE,
  type TimeZoneMode,
} from "@/lib/time-zone/preference";
import { zoneLabel } from "@/lib/time-zone/zones";
import { cn } from "@/lib/utils";

/**
 * Local time or UTC for every time on the page, remembered in a cookie. It also tells the
 * server the browser's zone, which it cannot know otherwise, and renders again once it has.
 */
export function TimeZoneSwitch({ mode, browserTimeZone }: { mode: TimeZoneMode; browserTimeZone: string | null }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const localZone = browserTimeZone ? zoneLabel(browserTimeZone) : "your time zone";

  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === browserTimeZone) return;
    rememberInBrowser(BROWSER_TIME_ZONE_COOKIE, zone);
    startTransition(() => router.refresh());
  }, [browserTimeZone, router]);

  function choose(next: TimeZoneMode) {
    if (next === mode) return;
    rememberInBrowser(TIME_ZONE_MODE_COOKIE, next);
    startTransition(() => router.refresh());
  }

  // Named apart even when the browser's zone is UTC: "Local time, UTC" and "UTC".
  const options: { mode: TimeZoneMode; label: string; description: string }[] = [
    { mode: "local", label: "Local", description: `Local time, ${localZone}` },
    { mode: "utc", label: "UTC", description: "UTC" },
  ];
  return (
    <div
      role="group"
      aria-label="Time zone"
      aria-busy={pending}
      className="inline-flex h-9 items-center rounded-lg bg-muted p-[3px] text-sm"
    >
      {options.map((option) => {
        const active = option.mode === mode;
        return (
          <button
            key={option.mode}
            type="button"
            aria-pressed={active}
            aria-label={option.description}
            title={option.description}
            onClick={() => choose(option.mode)}
            className={cn(
              "inline-flex h-full items-center rounded-md px-3 font-medium whitespace-nowrap transition-colors",
              "focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring",
              active ? "bg-background text-foreground shadow-sm" : "text-muted-foreground hover:text-foreground",
            )}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
