import Link from "next/link";
import { Button } from "@/components/ui/button";

export default function KeyNotFound() {
  return (
    <div className="flex flex-col items-start gap-3 rounded-lg border border-dashed p-8">
      <h2 className="text-lg font-semibold">This key doesn&apos;t exist in this team</h2>
      <p className="text-sm text-muted-foreground">
        It may belong to another team; switch teams, or go back to the list of keys.
      </p>
      <Button asChild variant="outline">
        <Link href="/settings/developer/api-keys">Back to API Keys</Link>
      </Button>
    </div>
  );
}
