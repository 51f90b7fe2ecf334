import { ShieldAlert } from "lucide-react";
import Link from "next/link";
import { TimeWithTooltip } from "@/components/settings/time-with-tooltip";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { formatDateTime, formatRelative } from "@/lib/format";
import { maskApiKey } from "@/lib/keys/format";
import { exposureState, type ExposureState } from "@/lib/secret-scanning/exposure-state";
import type { UnacknowledgedExposure } from "@/lib/secret-scanning/exposures";
import { AcknowledgeExposureButton } from "./acknowledge-exposure-button";
import { ExposureLocation } from "./exposure-location";
import { keyUsageHref } from "./keys-list-href";
import { RotateKeyButton } from "./rotate-key-button";

/** What happened to the key and what to do now, in one sentence. */
const NEXT_STEP: Record<ExposureState, string> = {
  revoked_by_report: "Mavio revoked it at once. Give its integration a new key.",
  revoked: "It is revoked, so it no longer works.",
  expired: "It has expired, so it no longer works.",
  usable: "It still works (your team alerts only): rotate it now.",
};

/**
 * Owners and admins see each key secret scanning found in public until one of them
 * acknowledges it, with what happened and what to do next.
 */
export function ExposedKeysBanner({
  exposures,
  total,
  now,
}: {
  exposures: UnacknowledgedExposure[];
  total: number;
  now: Date;
}) {
  if (total === 0) return null;
  return (
    <Alert variant="destructive" role="region" aria-labelledby="exposed-keys-title">
      <ShieldAlert aria-hidden="true" />
      <AlertTitle id="exposed-keys-title">
        {total === 1 ? "An API key was found in public" : `${total} reports of API keys found in public`}
      </AlertTitle>
      <AlertDescription>
        <ul className="grid w-full gap-3">
          {exposures.map((exposure) => {
            const maskedKey = maskApiKey(exposure.key.last4);
            const state = exposureState(exposure, now);
            return (
              <li
                key={exposure.id}
                data-exposure-id={exposure.id}
                className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2"
              >
                <p className="max-w-3xl min-w-0">
                  <span className="font-medium text-foreground">{exposure.key.name}</span> (
                  <code className="font-mono text-xs">{maskedKey}</code>) was found{" "}
                  <ExposureLocation url={exposure.url} compact />{" "}
                  <TimeWithTooltip
                    iso={exposure.reportedAt.toISOString()}
                    label={formatRelative(exposure.reportedAt, now)}
                    exact={formatDateTime(exposure.reportedAt)}
                  />
                  . {NEXT_STEP[state]}{" "}
                  <Link
                    href={keyUsageHref(exposure.key.id)}
                    className="underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
                  >
                    Check its recent requests
                  </Link>{" "}
                  for calls you do not recognise.
                </p>
                <span className="flex flex-wrap items-start gap-2">
                  {state === "usable" ? (
                    <RotateKeyButton
                      apiKey={{ id: exposure.key.id, name: exposure.key.name, last4: exposure.key.last4, maskedKey }}
                    />
                  ) : null}
                  <AcknowledgeExposureButton exposureId={exposure.id} keyName={exposure.key.name} />
                </span>
              </li>
            );
          })}
        </ul>
        {total > exposures.length ? (
          <p>
            And {total - exposures.length} more: acknowledge these to see them. Every report is in the audit log below.
          </p>
        ) : null}
        <p>
          Remove the key from the code and from its history: a commit that deletes it leaves it readable in the ones
          before.
        </p>
      </AlertDescription>
    </Alert>
  );
}
