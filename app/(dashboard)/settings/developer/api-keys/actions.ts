"use server";

import { teamAction } from "@/lib/forms/team-action";
import {
  acknowledgeExposureFromForm,
  createKeyFromForm,
  exposedKeyResponseFromForm,
  renameKeyFromForm,
  revokeKeyFromForm,
  rotateKeyFromForm,
} from "./key-form-handlers";

// The list and every key's usage page under it, which show the same keys' states.
const THE_PAGES = { revalidate: { path: "/settings/developer/api-keys", type: "layout" as const } };

// The secret in a successful result goes to the dialog that asked for it and nowhere else:
// never logged, never rendered by the page.
export const createApiKeyAction = teamAction(createKeyFromForm, THE_PAGES);
export const rotateApiKeyAction = teamAction(rotateKeyFromForm, THE_PAGES);
export const revokeApiKeyAction = teamAction(revokeKeyFromForm, THE_PAGES);
export const renameApiKeyAction = teamAction(renameKeyFromForm, THE_PAGES);
export const acknowledgeExposureAction = teamAction(acknowledgeExposureFromForm, THE_PAGES);
export const exposedKeyResponseAction = teamAction(exposedKeyResponseFromForm, THE_PAGES);
