// The key's shape as published for secret scanners (the API reference's "Key pattern", the
// README's "Security"): GitHub's partner program, GitLab, trufflehog and gitleaks match it.
// Tests run the example against generated keys, so what is published stays true.
import { BODY_LENGTH, CHECKSUM_LENGTH, KEY_PREFIX } from "./format";

const BASE62_CLASS = "[0-9A-Za-z]";

/** The prefix, then body and checksum in base 62, as a whole word. */
export const KEY_PATTERN = `\\b${KEY_PREFIX}${BASE62_CLASS}{${BODY_LENGTH + CHECKSUM_LENGTH}}\\b`;

/** The checksum check in plain Node.js, for scanners that verify a match before reporting it. */
export const KEY_CHECK_EXAMPLE = `import { crc32 } from "node:zlib"; // Node.js 20.15 or later

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

function isMavioKey(candidate) {
  const match = /^${KEY_PREFIX}(${BASE62_CLASS}{${BODY_LENGTH}})(${BASE62_CLASS}{${CHECKSUM_LENGTH}})$/.exec(candidate);
  if (!match) return false;
  let rest = crc32(match[1]);
  let checksum = "";
  for (let i = 0; i < ${CHECKSUM_LENGTH}; i++) {
    checksum = BASE62[rest % 62] + checksum;
    rest = Math.floor(rest / 62);
  }
  return checksum === match[2];
}`;
