"use client";

import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";

export interface DescribedOption<Value extends string> {
  value: Value;
  label: string;
  description: string;
}

/** A radio group whose options each carry a description under their label (read with the option). */
export function DescribedRadioGroup<Value extends string>({
  options,
  value,
  onValueChange,
  idPrefix,
  labelledBy,
  describedBy,
  disabled,
}: {
  options: readonly DescribedOption<Value>[];
  value: Value;
  onValueChange: (value: Value) => void;
  idPrefix: string;
  labelledBy: string;
  describedBy?: string;
  disabled?: boolean;
}) {
  return (
    <RadioGroup
      value={value}
      onValueChange={(next) => onValueChange(next as Value)}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      disabled={disabled}
    >
      {options.map((option) => (
        <div key={option.value} className="flex items-start gap-2.5">
          <RadioGroupItem
            value={option.value}
            id={`${idPrefix}-${option.value}`}
            aria-describedby={`${idPrefix}-${option.value}-hint`}
            className="mt-0.5"
          />
          <div className="grid gap-1">
            <Label htmlFor={`${idPrefix}-${option.value}`} className="font-normal">
              {option.label}
            </Label>
            <p id={`${idPrefix}-${option.value}-hint`} className="text-xs text-muted-foreground">
              {option.description}
            </p>
          </div>
        </div>
      ))}
    </RadioGroup>
  );
}
