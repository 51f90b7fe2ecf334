"use client";

import { DescribedCheckbox } from "@/components/settings/described-checkbox";
import { FieldError } from "@/components/settings/field-error";
import { Button } from "@/components/ui/button";
import { READ_SCOPES, SCOPES, type Scope } from "@/lib/keys/scopes";

const RESOURCES = [...new Set(SCOPES.map((scope) => scope.resource))].map((resource) => ({
  resource,
  scopes: SCOPES.filter((scope) => scope.resource === resource),
}));

export const FIRST_SCOPE_ID = scopeInputId(SCOPES[0].scope);

function scopeInputId(scope: Scope): string {
  return `scope-${scope.replace(":", "-")}`;
}

/** Scopes grouped by resource, one checkbox per scope labelled with the scope string. */
export function ScopePicker({
  value,
  onChange,
  error,
}: {
  value: Scope[];
  onChange: (scopes: Scope[]) => void;
  error?: string;
}) {
  const selected = new Set(value);
  const toggle = (scope: Scope, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(scope);
    else next.delete(scope);
    onChange([...next]);
  };

  return (
    <div
      role="group"
      aria-labelledby="scopes-label"
      aria-describedby={error ? "scopes-hint scopes-error" : "scopes-hint"}
      className="grid gap-3"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span id="scopes-label" className="text-sm leading-none font-medium">
          Scopes
        </span>
        <div className="flex items-center gap-1">
          <span className="mr-1 text-xs text-muted-foreground" aria-live="polite">
            {selected.size} of {SCOPES.length} selected
          </span>
          <Button
            type="button"
            variant="ghost"
            size="sm"
            onClick={() => onChange([...new Set([...value, ...READ_SCOPES])])}
          >
            Select all read
          </Button>
          <Button type="button" variant="ghost" size="sm" onClick={() => onChange([])} disabled={selected.size === 0}>
            Clear
          </Button>
        </div>
      </div>
      <p id="scopes-hint" className="text-sm text-muted-foreground">
        Follow the principle of least privilege: grant only the scopes your integration actually needs. You can always
        create a new key with broader permissions later.
      </p>
      <FieldError id="scopes-error" message={error} />
      <div className="divide-y rounded-lg border">
        {RESOURCES.map(({ resource, scopes }) => (
          <div
            key={resource}
            role="group"
            aria-label={resource}
            className="grid gap-2 p-3 sm:grid-cols-[7rem_1fr_1fr] sm:gap-4"
          >
            <p className="text-sm font-medium" aria-hidden="true">
              {resource}
            </p>
            {scopes.map(({ scope, description }) => (
              <DescribedCheckbox
                key={scope}
                id={scopeInputId(scope)}
                label={scope}
                description={description}
                checked={selected.has(scope)}
                onCheckedChange={(checked) => toggle(scope, checked)}
                invalid={Boolean(error)}
              />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
