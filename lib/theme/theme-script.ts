import { THEME_STORAGE_KEY } from "./preference";

/**
 * Inlined in <head> by the root layout, so the first paint already has the right theme.
 * It stays subscribed: the OS switching between light and dark, or a "storage" event for
 * the preference (another tab, or `setThemePreference` in this one), re-applies the class.
 * Storage can throw (blocked cookies); then the page follows the OS.
 */
export const THEME_SCRIPT = `(() => {
  const key = ${JSON.stringify(THEME_STORAGE_KEY)};
  const media = matchMedia("(prefers-color-scheme: dark)");
  const apply = () => {
    let preference = null;
    try { preference = localStorage.getItem(key); } catch {}
    document.documentElement.classList.toggle("dark", preference === "dark" || (preference !== "light" && media.matches));
  };
  apply();
  media.addEventListener("change", apply);
  addEventListener("storage", (event) => { if (event.key === key || event.key === null) apply(); });
})();`;
