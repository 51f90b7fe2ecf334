import Link from "next/link";
import type { ExposedKeyResponse } from "@/lib/generated/prisma/enums";
import { KEY_PREFIX } from "@/lib/keys/format";
import { ExposedKeyResponseForm } from "./exposed-key-response-form";
import { MANAGER_ONLY_REASON } from "./manager-only-reason";

/** What secret scanning does for the team's keys, and the team's choice of what a report does. */
export function SecretScanningSection({ response, canManage }: { response: ExposedKeyResponse; canManage: boolean }) {
  return (
    <section id="secret-scanning" aria-labelledby="secret-scanning-title" className="grid scroll-mt-20 gap-3">
      <div className="grid gap-1">
        <h3 id="secret-scanning-title" className="text-base font-semibold">
          Leaked keys
        </h3>
        <p className="max-w-3xl text-sm text-muted-foreground">
          Every key starts with <code className="font-mono text-xs">{KEY_PREFIX}</code> and ends in a checksum, so
          GitHub secret scanning recognises one pushed to a public repository and reports it to Mavio within seconds.
          The key&apos;s row then shows Exposed, owners and admins see an alert here, and endpoints subscribed to{" "}
          <code className="font-mono text-xs">api_key.exposed</code> are told.{" "}
          <Link
            href="/docs/api#key-pattern"
            className="underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
          >
            The key pattern
          </Link>{" "}
          lets any scanner do the same.
        </p>
      </div>
      <div className="rounded-lg border p-4">
        <ExposedKeyResponseForm saved={response} canManage={canManage} managerOnlyReason={MANAGER_ONLY_REASON} />
      </div>
    </section>
  );
}
