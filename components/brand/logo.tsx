import Link from "next/link";
import { cn } from "@/lib/utils";

export function Logo({ className, href = "/" }: { className?: string; href?: string }) {
  return (
    <Link href={href} className={cn("inline-flex items-center gap-2 font-semibold tracking-tight", className)}>
      <svg viewBox="0 0 24 24" aria-hidden="true" className="size-6 text-primary">
        <rect width="24" height="24" rx="6" fill="currentColor" />
        <path
          d="M6 16V8l3 4 3-4 3 4 3-4v8"
          fill="none"
          className="stroke-primary-foreground"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span>Mavio</span>
    </Link>
  );
}
