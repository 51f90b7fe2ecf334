"use server";

import { teamAction } from "@/lib/forms/team-action";
import { createKeyFromForm, renameKeyFromForm, revokeKeyFromForm, rotateKeyFromForm } from "./key-form-handlers";

const THE_PAGE = { revalidate: { path: "/settings/developer/api-keys" } };

// The secret in a successful result goes to the dialog that asked for it and nowhere else:
// never logged, never rendered by the page.
export const createApiKeyAction = teamAction(createKeyFromForm, THE_PAGE);
export const rotateApiKeyAction = teamAction(rotateKeyFromForm, THE_PAGE);
export const revokeApiKeyAction = teamAction(revokeKeyFromForm, THE_PAGE);
export const renameApiKeyAction = teamAction(renameKeyFromForm, THE_PAGE);
