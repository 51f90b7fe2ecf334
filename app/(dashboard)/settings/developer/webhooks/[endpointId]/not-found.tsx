import Link from "next/link";
import { Button } from "@/components/ui/button";

export default function EndpointNotFound() {
  return (
    <div className="flex flex-col items-start gap-3 rounded-lg border border-dashed p-8">
      <h2 className="text-lg font-semibold">This endpoint doesn&apos;t exist in this team</h2>
      <p className="text-sm text-muted-foreground">
        It may have been deleted, or belong to another team; switch teams, or go back to the list of endpoints.
      </p>
      <Button asChild variant="outline">
        <Link href="/settings/developer/webhooks">Back to Webhooks</Link>
      </Button>
    </div>
  );
}
