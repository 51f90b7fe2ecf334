"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useId } from "react";
import { DropdownMenuLabel, DropdownMenuRadioGroup, DropdownMenuRadioItem } from "@/components/ui/dropdown-menu";
import { isThemePreference, type ThemePreference } from "@/lib/theme/preference";
import { setThemePreference, useThemePreference } from "@/lib/theme/use-theme-preference";

const THEME_OPTIONS: { value: ThemePreference; label: string; Icon: typeof Sun }[] = [
  { value: "light", label: "Light", Icon: Sun },
  { value: "dark", label: "Dark", Icon: Moon },
  { value: "system", label: "System", Icon: Monitor },
];

/** Light, Dark or System (the OS setting), as radio items of the account menu. */
export function ThemeMenuGroup() {
  const labelId = useId();
  const preference = useThemePreference();
  return (
    <>
      <DropdownMenuLabel id={labelId} className="text-xs font-normal text-muted-foreground">
        Theme
      </DropdownMenuLabel>
      <DropdownMenuRadioGroup
        aria-labelledby={labelId}
        value={preference}
        onValueChange={(value) => {
          if (isThemePreference(value)) setThemePreference(value);
        }}
      >
        {THEME_OPTIONS.map(({ value, label, Icon }) => (
          <DropdownMenuRadioItem key={value} value={value}>
            <Icon className="text-muted-foreground" aria-hidden="true" />
            {label}
          </DropdownMenuRadioItem>
        ))}
      </DropdownMenuRadioGroup>
    </>
  );
}
