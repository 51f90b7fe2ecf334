import { z } from "zod";
import type { ExposedKeyResponse } from "@/lib/generated/prisma/enums";
import type { FormFailure } from "@/lib/forms/results";

// The API Keys page's secret scanning forms, parsed the same way by the page and its server actions.

export const EXPOSED_KEY_RESPONSES: { value: ExposedKeyResponse; label: string; description: string }[] = [
  {
    value: "revoke",
    label: "Revoke automatically (recommended)",
    description:
      "The key stops working the moment it is reported. Its integration fails until you rotate it: the safe choice.",
  },
  {
    value: "alert",
    label: "Alert only",
    description:
      "The key keeps working and is marked Exposed. Rotate or revoke it yourself as soon as you can: anyone may be using it.",
  },
];

export const exposedKeyResponseFormSchema = z.object({
  response: z.enum(["revoke", "alert"], { error: "Choose what happens to a key found in public" }),
});

export const acknowledgeExposureFormSchema = z.object({ exposureId: z.string().min(1, "Choose an alert").max(100) });

export type ExposedKeyResponseResult = { ok: true; response: ExposedKeyResponse } | FormFailure<"response">;
export type AcknowledgeExposureResult = { ok: true } | FormFailure;
