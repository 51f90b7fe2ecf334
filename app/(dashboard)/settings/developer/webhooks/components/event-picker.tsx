"use client";

import { useId } from "react";
import { DescribedCheckbox } from "@/components/settings/described-checkbox";
import { FieldError } from "@/components/settings/field-error";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import type { SubscribableEventType } from "@/lib/webhooks/events";
import { ALL_EVENT_TYPES, WEBHOOK_EVENT_GROUPS } from "@/lib/webhooks/form";

export const eventInputId = (prefix: string, type: SubscribableEventType) =>
  `${prefix}-event-${type.replace(/[._]/g, "-")}`;

/** The event types grouped by resource, each a checkbox labelled with its type, plus "Select all events". */
export function EventPicker({
  idPrefix,
  value,
  onChange,
  error,
}: {
  /** Prefixes the checkbox ids (the first one takes focus when nothing is chosen). */
  idPrefix: string;
  value: SubscribableEventType[];
  onChange: (events: SubscribableEventType[]) => void;
  error?: string;
}) {
  const ids = useId();
  const labelId = `${ids}-label`;
  const hintId = `${ids}-hint`;
  const errorId = `${ids}-error`;
  const selected = new Set(value);
  const allState = selected.size === ALL_EVENT_TYPES.length ? true : selected.size === 0 ? false : "indeterminate";
  const toggle = (type: SubscribableEventType, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(type);
    else next.delete(type);
    // Keep the order of WEBHOOK_EVENTS, whatever the order of clicks.
    onChange(ALL_EVENT_TYPES.filter((candidate) => next.has(candidate)));
  };

  return (
    <div
      role="group"
      aria-labelledby={labelId}
      aria-describedby={error ? `${hintId} ${errorId}` : hintId}
      className="grid gap-3"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span id={labelId} className="text-sm leading-none font-medium">
          Events
        </span>
        <span className="text-xs text-muted-foreground" aria-live="polite">
          {selected.size} of {ALL_EVENT_TYPES.length} selected
        </span>
      </div>
      <p id={hintId} className="text-sm text-muted-foreground">
        Mavio sends only the events you choose. Subscribe to what your integration handles; you can change this later.
        Owners and admins may choose any event; an endpoint added with an API key receives only the events that key may
        read (meetings:read for meeting events, notes:read for note events, and so on).
      </p>
      <FieldError id={errorId} message={error} />
      <div className="divide-y rounded-lg border">
        <div className="flex items-center gap-2.5 bg-muted/40 px-3 py-2.5">
          <Checkbox
            id={`${idPrefix}-all-events`}
            checked={allState}
            onCheckedChange={() => onChange(allState === true ? [] : [...ALL_EVENT_TYPES])}
            aria-invalid={error ? true : undefined}
          />
          <Label htmlFor={`${idPrefix}-all-events`}>Select all events</Label>
        </div>
        {WEBHOOK_EVENT_GROUPS.map(({ resource, events }) => (
          <div
            key={resource}
            role="group"
            aria-label={resource}
            className="grid gap-2 p-3 sm:grid-cols-[7rem_1fr] sm:gap-4"
          >
            <p className="text-sm font-medium" aria-hidden="true">
              {resource}
            </p>
            <div className="grid gap-2.5 sm:grid-cols-2">
              {events.map(({ type, description }) => (
                <DescribedCheckbox
                  key={type}
                  id={eventInputId(idPrefix, type)}
                  label={type}
                  description={description}
                  checked={selected.has(type)}
                  onCheckedChange={(checked) => toggle(type, checked)}
                  invalid={Boolean(error)}
                />
              ))}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
