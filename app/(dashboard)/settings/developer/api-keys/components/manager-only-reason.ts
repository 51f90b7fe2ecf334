import { refusalOf } from "@/lib/permissions/permissions";

/** Why members see key management disabled: the same words the server answers with. */
export const MANAGER_ONLY_REASON = refusalOf("keys.write");
