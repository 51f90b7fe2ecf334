import { after } from "next/server";
import { EmailDeliveryError } from "@/lib/email/send-email";
import { log } from "@/lib/log";

/**
 * Sends an email once the answer has gone out: the person does not wait for the SMTP
 * server, and an answer that is the same whether or not an account exists also takes the
 * same time. sendEmail logs a refused delivery; anything else failing is logged here. The
 * pages offer "Resend". Outside a request (scripts, tests) it starts at once instead.
 */
export function sendAfterResponse(what: string, send: () => Promise<void>): void {
  const task = () =>
    send().catch((error: unknown) => {
      if (error instanceof EmailDeliveryError) return;
      log.error("email not prepared", { what, error: error instanceof Error ? error.message : String(error) });
    });
  try {
    after(task);
  } catch {
    void task();
  }
}
