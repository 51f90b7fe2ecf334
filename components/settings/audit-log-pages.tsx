import Link from "next/link";
import { Button } from "@/components/ui/button";

/** Back to the newest changes and on to older ones; nothing when the log fits one page. */
export function AuditLogPages({ newestHref, olderHref }: { newestHref: string | null; olderHref: string | null }) {
  if (!newestHref && !olderHref) return null;
  return (
    <nav aria-label="Audit log pages" className="flex justify-end gap-2">
      {newestHref ? (
        <Button asChild variant="outline" size="sm">
          <Link href={newestHref}>Newest</Link>
        </Button>
      ) : null}
      {olderHref ? (
        <Button asChild variant="outline" size="sm">
          <Link href={olderHref}>Older changes</Link>
        </Button>
      ) : null}
    </nav>
  );
}
