"use client";

import { TriangleAlert } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { formatDate } from "@/lib/format";
import { DEFAULT_EXPIRATION, EXPIRATION_CHOICES, expiresAtFor, type ExpirationChoice } from "@/lib/keys/form";
import { FieldError } from "@/components/settings/field-error";

export const CUSTOM_DATE_ID = "expiration-date";

function choiceLabel(choice: ExpirationChoice): string {
  if (choice === "custom") return "Custom date";
  if (choice === "never") return "No expiration";
  return `${choice} days`;
}

/** Presets (90 days preselected and recommended), a custom date, or no expiration with a warning. */
export function ExpirationPicker({
  choice,
  onChoiceChange,
  customDate,
  onCustomDateChange,
  error,
  now,
}: {
  choice: ExpirationChoice;
  onChoiceChange: (choice: ExpirationChoice) => void;
  customDate: string;
  onCustomDateChange: (date: string) => void;
  error?: string;
  now: Date;
}) {
  const expiresAt = expiresAtFor(choice, customDate, now);
  const today = now.toISOString().slice(0, 10);
  return (
    <div className="grid gap-3">
      <span id="expiration-label" className="text-sm leading-none font-medium">
        Expiration
      </span>
      <RadioGroup
        value={choice}
        onValueChange={(value) => onChoiceChange(value as ExpirationChoice)}
        aria-labelledby="expiration-label"
        aria-describedby="expiration-hint"
        className="flex flex-wrap gap-x-5 gap-y-3"
      >
        {EXPIRATION_CHOICES.map((option) => (
          <div key={option} className="flex items-center gap-2">
            <RadioGroupItem value={option} id={`expiration-${option}`} />
            <Label htmlFor={`expiration-${option}`} className="font-normal">
              {choiceLabel(option)}
              {option === DEFAULT_EXPIRATION ? <Badge variant="secondary">Recommended</Badge> : null}
            </Label>
          </div>
        ))}
      </RadioGroup>
      <p id="expiration-hint" className="text-sm text-muted-foreground">
        {expiresAt ? `The key stops working on ${formatDate(expiresAt)}. ` : null}
        Expiring keys limit the damage a leaked key can do; rotate before it expires.
      </p>
      {choice === "custom" ? (
        <div className="grid max-w-56 gap-2">
          <Label htmlFor={CUSTOM_DATE_ID}>Expires on</Label>
          <Input
            id={CUSTOM_DATE_ID}
            type="date"
            min={today}
            value={customDate}
            onChange={(event) => onCustomDateChange(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${CUSTOM_DATE_ID}-error` : undefined}
          />
          <FieldError id={`${CUSTOM_DATE_ID}-error`} message={error} />
        </div>
      ) : null}
      {choice === "never" ? (
        <Alert variant="warning">
          <TriangleAlert aria-hidden="true" />
          <AlertTitle>This key will never expire</AlertTitle>
          <AlertDescription>
            It stays valid until someone revokes it. Set an expiration date and rotate keys regularly (e.g. every 90
            days) to limit the blast radius of a compromised key.
          </AlertDescription>
        </Alert>
      ) : null}
    </div>
  );
}
