import Link from "next/link";
import { Fragment } from "react";

/** A step above the current page: a list to go back to, or the name of what the page is about. */
export interface BreadcrumbStep {
  label: string;
  href?: string;
}

/** Where a detail page sits: the steps above it, then the page itself. */
export function Breadcrumb({ steps, current }: { steps: BreadcrumbStep[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex flex-wrap items-center gap-1.5 text-sm text-muted-foreground">
        {steps.map((step, index) => (
          <Fragment key={index}>
            {step.href ? (
              <li>
                <Link href={step.href} className="underline-offset-4 hover:text-foreground hover:underline">
                  {step.label}
                </Link>
              </li>
            ) : (
              // A name (a key's, say) may be long: cut short rather than wrap the trail.
              <li className="max-w-48 truncate">{step.label}</li>
            )}
            <li aria-hidden="true">/</li>
          </Fragment>
        ))}
        <li aria-current="page" className="text-foreground">
          {current}
        </li>
      </ol>
    </nav>
  );
}
