import { KeyPermissionError } from "@/lib/keys/errors";

/** Why members see key management disabled: the same words the server answers with. */
export const MANAGER_ONLY_REASON = new KeyPermissionError().message;
