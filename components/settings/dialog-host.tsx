"use client";

import { createContext, Fragment, use, useCallback, useLayoutEffect, useRef, useState } from "react";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";

/** What closing the open dialog asks first, e.g. "Close without copying?". */
export interface CloseQuestion {
  title: string;
  description: string;
  confirmLabel: string;
  cancelLabel: string;
}

/**
 * How the open dialog may close: `free` by any means; `busy` not at all (the server is
 * working on what it asked); `keep` not by a click outside; `{ ask }` not by a click
 * outside, and Escape, the close button and Done ask the question first.
 */
export type ClosePolicy = "free" | "busy" | "keep" | { ask: CloseQuestion };

export interface HostedDialog {
  content: React.ReactNode;
  className?: string;
  /** Gets focus back on close. */
  opener: HTMLElement | null;
  /** A `data-dialog-opener` value to focus instead when the opener has left the page. */
  fallbackOpener?: string;
}

interface HostedDialogControls {
  /** Closes as the person asked to: not while busy, and after the policy's question. */
  requestClose: () => void;
  setClosePolicy: (policy: ClosePolicy) => void;
}

const OpenHostedDialog = createContext<((dialog: HostedDialog) => void) | null>(null);
const CurrentHostedDialog = createContext<HostedDialogControls | null>(null);

/** Focuses the page's button marked `data-dialog-opener={name}`; false when there is none. */
export function focusDialogOpener(name: string | undefined): boolean {
  const element = name ? document.querySelector<HTMLElement>(`[data-dialog-opener="${CSS.escape(name)}"]`) : null;
  element?.focus();
  return Boolean(element);
}

/** The opener, or the button that now stands in its place (the empty state's became the header's). */
function focusOpener({ opener, fallbackOpener }: HostedDialog) {
  if (opener?.isConnected) return opener.focus();
  if (!focusDialogOpener(opener?.dataset.dialogOpener)) focusDialogOpener(fallbackOpener);
}

/**
 * The settings pages' one dialog for flows that end by showing a secret once, mounted
 * above the page. A revalidation can replace the part of the page that opened the dialog
 * (the empty state becomes a table; a rotated key's row leaves a filtered list), and the
 * dialog, with the secret in its state, must outlive it.
 */
export function DialogHost({ children }: { children: React.ReactNode }) {
  const [dialog, setDialog] = useState<(HostedDialog & { serial: number }) | null>(null);
  const [open, setOpen] = useState(false);
  const [policy, setClosePolicy] = useState<ClosePolicy>("free");
  const [asking, setAsking] = useState(false);
  const serial = useRef(0);

  const openDialog = useCallback((next: HostedDialog) => {
    serial.current += 1;
    setDialog({ ...next, serial: serial.current });
    setClosePolicy("free");
    setAsking(false);
    setOpen(true);
  }, []);

  const requestClose = useCallback(() => {
    if (policy === "busy") return;
    if (typeof policy === "object") return setAsking(true);
    setOpen(false);
  }, [policy]);

  const question = typeof policy === "object" ? policy.ask : null;

  return (
    <OpenHostedDialog value={openDialog}>
      {children}
      <Dialog open={open} onOpenChange={(next) => (next ? setOpen(true) : requestClose())}>
        {dialog ? (
          <DialogContent
            className={dialog.className}
            onInteractOutside={(event) => policy !== "free" && event.preventDefault()}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              focusOpener(dialog);
            }}
          >
            <CurrentHostedDialog value={{ requestClose, setClosePolicy }}>
              <Fragment key={dialog.serial}>{dialog.content}</Fragment>
            </CurrentHostedDialog>
            {question ? (
              <AlertDialog open={asking} onOpenChange={setAsking}>
                <AlertDialogContent>
                  <AlertDialogHeader>
                    <AlertDialogTitle>{question.title}</AlertDialogTitle>
                    <AlertDialogDescription>{question.description}</AlertDialogDescription>
                  </AlertDialogHeader>
                  <AlertDialogFooter>
                    <AlertDialogCancel autoFocus>{question.cancelLabel}</AlertDialogCancel>
                    <Button
                      variant="destructive"
                      onClick={() => {
                        setAsking(false);
                        setOpen(false);
                      }}
                    >
                      {question.confirmLabel}
                    </Button>
                  </AlertDialogFooter>
                </AlertDialogContent>
              </AlertDialog>
            ) : null}
          </DialogContent>
        ) : null}
      </Dialog>
    </OpenHostedDialog>
  );
}

/** Opens a dialog in the page's DialogHost. */
export function useOpenHostedDialog(): (dialog: HostedDialog) => void {
  const openDialog = use(OpenHostedDialog);
  if (!openDialog) throw new Error("useOpenHostedDialog needs a DialogHost above it");
  return openDialog;
}

/** For content of a hosted dialog: close it as the person asked. */
export function useRequestClose(): () => void {
  const controls = use(CurrentHostedDialog);
  if (!controls) throw new Error("useRequestClose needs to run inside a hosted dialog");
  return controls.requestClose;
}

/**
 * For content of a hosted dialog: how it may close while this content is on screen (a
 * stable value: a string or a memoised object). Outside a host there is nothing to govern.
 */
export function useClosePolicy(policy: ClosePolicy) {
  const setClosePolicy = use(CurrentHostedDialog)?.setClosePolicy;
  // Before paint: once "Copied" shows, closing must already ask nothing.
  useLayoutEffect(() => setClosePolicy?.(policy), [setClosePolicy, policy]);
}
