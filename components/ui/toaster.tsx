"use client";

import * as React from "react";
import { CircleCheckIcon, InfoIcon, LoaderCircleIcon, OctagonXIcon, TriangleAlertIcon } from "lucide-react";
import { Toaster as Sonner, type ToasterProps } from "sonner";
import { useThemePreference } from "@/lib/theme/use-theme-preference";

export { toast } from "sonner";

// Sonner reads its colours from these variables; point them at our tokens.
const themeStyle = {
  "--normal-bg": "var(--popover)",
  "--normal-text": "var(--popover-foreground)",
  "--normal-border": "var(--border)",
  "--border-radius": "var(--radius)",
  fontFamily: "var(--font-sans)",
} as React.CSSProperties;

/** Mount once in the root layout; call `toast(...)` / `toast.success(...)` anywhere on the client. */
function Toaster({ theme, style, toastOptions, ...props }: ToasterProps) {
  const themePreference = useThemePreference();
  return (
    <Sonner
      theme={theme ?? themePreference}
      className="toaster group"
      // Dialogs keep clear of the top band (see dialogSurface), so a toast never covers their buttons.
      position="top-center"
      style={{ ...themeStyle, ...style }}
      icons={{
        success: <CircleCheckIcon className="size-4 text-success-foreground" aria-hidden="true" />,
        info: <InfoIcon className="size-4" aria-hidden="true" />,
        warning: <TriangleAlertIcon className="size-4 text-warning-foreground" aria-hidden="true" />,
        error: <OctagonXIcon className="size-4 text-destructive" aria-hidden="true" />,
        loading: <LoaderCircleIcon className="size-4 motion-safe:animate-spin" aria-hidden="true" />,
      }}
      toastOptions={{
        ...toastOptions,
        classNames: {
          // Sonner's stylesheet is unlayered, so overriding its description colour needs `!`.
          description: "text-muted-foreground!",
          ...toastOptions?.classNames,
        },
      }}
      {...props}
    />
  );
}

export { Toaster };
