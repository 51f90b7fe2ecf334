"use client";

import { Check, Copy } from "lucide-react";
import { useEffect, useState } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";

const COPIED_FEEDBACK_MS = 2_000;

/**
 * Copies `value` and says so: the label turns to "Copied" for a moment and screen readers
 * hear `announcement`. A refused clipboard explains the keyboard way instead.
 */
export function CopyButton({
  value,
  label,
  announcement,
  failure,
  onCopied,
  ...props
}: Omit<ButtonProps, "onClick" | "value"> & {
  value: string;
  /** The button's text before copying, e.g. "Copy" or "Copy .env line". */
  label: string;
  /** What screen readers hear once copied, e.g. "API key copied to the clipboard". */
  announcement: string;
  /** The error toast's title when the browser refuses, e.g. "Could not copy the key". */
  failure: string;
  onCopied?: () => void;
}) {
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      onCopied?.();
    } catch {
      toast.error(failure, { description: "Select the text and copy it with your keyboard instead." });
    }
  }

  return (
    <>
      <Button type="button" variant={copied ? "secondary" : "outline"} onClick={copy} {...props}>
        {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
        {copied ? "Copied" : label}
      </Button>
      <span role="status" className="sr-only">
        {copied ? announcement : ""}
      </span>
    </>
  );
}
