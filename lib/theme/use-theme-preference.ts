import { useSyncExternalStore } from "react";
import { isThemePreference, THEME_STORAGE_KEY, type ThemePreference } from "./preference";

function subscribe(onChange: () => void) {
  addEventListener("storage", onChange);
  return () => removeEventListener("storage", onChange);
}

function readPreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return isThemePreference(stored) ? stored : "system";
  } catch {
    return "system";
  }
}

/** The person's theme choice; "system" on the server and until the browser's is read. */
export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(subscribe, readPreference, () => "system");
}

export function setThemePreference(preference: ThemePreference) {
  localStorage.setItem(THEME_STORAGE_KEY, preference);
  // A storage event only reaches other tabs; this one tells this tab's listeners (the head script, the hooks).
  dispatchEvent(new StorageEvent("storage", { key: THEME_STORAGE_KEY, newValue: preference }));
}
