import { describe, expect, it } from "vitest";
import { checkApiKeyFormat, generateApiKey, hashApiKey, KEY_LENGTH, KEY_PREFIX, maskApiKey } from "@/lib/keys/format";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

describe("API key format", () => {
  it("generates prefixed keys of a fixed length that pass their own check", () => {
    const { key, hash, last4 } = generateApiKey();
    expect(key.startsWith(KEY_PREFIX)).toBe(true);
    expect(key).toHaveLength(KEY_LENGTH);
    expect(checkApiKeyFormat(key)).toBeNull();
    expect(hash).toBe(hashApiKey(key));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(last4).toBe(key.slice(-4));
  });

  it("makes 10,000 distinct keys that all parse", () => {
    const keys = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const { key } = generateApiKey();
      expect(checkApiKeyFormat(key)).toBeNull();
      keys.add(key);
    }
    expect(keys.size).toBe(10_000);
  });

  it("catches every single-character change after the prefix", () => {
    const { key } = generateApiKey();
    for (let position = KEY_PREFIX.length; position < key.length; position++) {
      for (const replacement of BASE62) {
        if (replacement === key[position]) continue;
        const mutated = key.slice(0, position) + replacement + key.slice(position + 1);
        expect(checkApiKeyFormat(mutated), `${position}:${replacement}`).not.toBeNull();
      }
    }
  });

  it("names the problem: prefix, length, alphabet, checksum", () => {
    const { key } = generateApiKey();
    expect(checkApiKeyFormat(key.replace("mavio_sk_", "mavio_pk_"))).toBe("prefix");
    expect(checkApiKeyFormat(key.slice(0, -1))).toBe("length");
    expect(checkApiKeyFormat(`${key}a`)).toBe("length");
    expect(checkApiKeyFormat(`${key.slice(0, -1)}!`)).toBe("alphabet");
    const swapped = key.slice(0, 12) + key[13] + key[12] + key.slice(14);
    if (swapped !== key) expect(checkApiKeyFormat(swapped)).toBe("checksum");
    expect(checkApiKeyFormat("")).toBe("prefix");
  });

  it("rejects every truncation", () => {
    const { key } = generateApiKey();
    for (let length = 0; length < key.length; length++) expect(checkApiKeyFormat(key.slice(0, length))).not.toBeNull();
  });

  it("masks to the prefix and the last four characters", () => {
    expect(maskApiKey("abcd")).toBe("mavio_sk_...abcd");
  });
});
