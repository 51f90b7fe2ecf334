"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

const SECTIONS = [
  { heading: "You", links: [{ href: "/settings/account", label: "Account" }] },
  {
    heading: "Team",
    links: [
      { href: "/settings/general", label: "General" },
      { href: "/settings/members", label: "Members" },
    ],
  },
  {
    heading: "Developer",
    links: [
      { href: "/settings/developer/api-keys", label: "API Keys" },
      { href: "/settings/developer/webhooks", label: "Webhooks" },
    ],
  },
];

export function SettingsNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings" className="flex gap-6 overflow-x-auto md:flex-col md:gap-5">
      {SECTIONS.map((section) => (
        <div key={section.heading} className="grid shrink-0 gap-1">
          <p className="px-3 text-xs font-medium uppercase tracking-wide text-muted-foreground">{section.heading}</p>
          <ul className="flex gap-1 md:flex-col">
            {section.links.map((link) => {
              const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
              return (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    aria-current={active ? "page" : undefined}
                    className={cn(
                      "block whitespace-nowrap rounded-md px-3 py-2 text-sm transition-colors hover:bg-accent hover:text-accent-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                      active ? "bg-accent font-medium text-accent-foreground" : "text-muted-foreground",
                    )}
                  >
                    {link.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
