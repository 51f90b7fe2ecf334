import Link from "next/link";
import { cn } from "@/lib/utils";

export interface SegmentedLink {
  href: string;
  label: React.ReactNode;
  active: boolean;
}

/**
 * One choice among a few, as plain links: a filtered or sorted view is in the URL, so it
 * survives a reload, can be shared, and works before the page's scripts load.
 */
export function SegmentedLinks({ label, links }: { label: string; links: SegmentedLink[] }) {
  return (
    <nav aria-label={label} className="max-w-full min-w-0">
      <ul className="inline-flex h-9 max-w-full items-center overflow-x-auto rounded-lg bg-muted p-[3px] text-sm">
        {links.map((link) => (
          <li key={link.href} className="h-full">
            <Link
              href={link.href}
              scroll={false}
              aria-current={link.active ? "page" : undefined}
              className={cn(
                "inline-flex h-full items-center gap-1.5 rounded-md px-3 font-medium whitespace-nowrap transition-colors",
                "focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring",
                link.active ? "bg-background text-foreground shadow-sm" : "text-muted-foreground hover:text-foreground",
              )}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
