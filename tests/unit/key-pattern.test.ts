// The key pattern and checksum as published (README "Secret scanning", the API reference)
// are what keys really look like: the published code runs here against generated keys.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { checkApiKeyFormat, generateApiKey } from "@/lib/keys/format";
import { KEY_CHECK_EXAMPLE, KEY_PATTERN } from "@/lib/keys/key-pattern";

const README = readFileSync("README.md", "utf8");

/** The fenced block after `<!-- key-check:<name> -->`. */
function publishedBlock(name: string): string {
  const match = new RegExp(`<!-- key-check:${name} -->\\s*\`\`\`\\w+\\n([\\s\\S]*?)\\n\`\`\``).exec(README);
  if (!match) throw new Error(`README has no ${name} block`);
  return match[1]!;
}

/** Keys, and look-alikes that differ in one way each. */
function candidates(): { candidate: string; valid: boolean }[] {
  const keys = Array.from({ length: 200 }, () => generateApiKey().key);
  const lookAlikes = keys.flatMap((key) => [
    key.slice(0, -1) + (key.at(-1) === "0" ? "1" : "0"), // checksum changed
    key.slice(0, 12) + (key[12] === "a" ? "b" : "a") + key.slice(13), // body changed
    key.slice(0, -1), // truncated
    key.replace("mavio_sk_", "mavio_pk_"),
  ]);
  return [...keys, ...lookAlikes].map((candidate) => ({ candidate, valid: checkApiKeyFormat(candidate) === null }));
}

describe("the published key check", () => {
  const samples = candidates();

  it("agrees with ours on every key and look-alike, in the README's Node.js", () => {
    expect(publishedBlock("js")).toBe(KEY_CHECK_EXAMPLE);
    const body = KEY_CHECK_EXAMPLE.replace(/^import .*\n/, "");
    const isMavioKey = new Function("crc32", `${body}\nreturn isMavioKey;`)(crc32) as (text: string) => boolean;
    expect(samples.filter(({ valid }) => valid)).toHaveLength(200);
    for (const { candidate, valid } of samples) expect(isMavioKey(candidate), candidate).toBe(valid);
  });

  it("agrees with ours in the README's Python", () => {
    const program = `${publishedBlock("python")}

import json, sys
print(json.dumps([is_mavio_key(text) for text in json.load(sys.stdin)]))`;
    const output = execFileSync("python3", ["-c", program], {
      input: JSON.stringify(samples.map(({ candidate }) => candidate)),
      encoding: "utf8",
    });
    expect(JSON.parse(output)).toEqual(samples.map(({ valid }) => valid));
  });
});

describe("the published pattern", () => {
  const key = generateApiKey().key;

  it("finds keys in text and only whole keys", () => {
    const pattern = new RegExp(KEY_PATTERN, "g");
    const text = `MAVIO_API_KEY=${key}\nconst k = "${key}";\nx${key}\n${key}X\n${key.slice(0, -1)}\n`;
    expect(text.match(pattern)).toEqual([key, key]);
  });

  it("is the one in the README, its gitleaks rule and the API reference", () => {
    expect(README).toContain(`\`${KEY_PATTERN}\``);
    const rule = /regex = '''(.*)'''/.exec(publishedBlock("gitleaks"))![1]!;
    expect(rule.replace("(", "").replace(")", "")).toBe(KEY_PATTERN);
    const { description } = openApiDocument().info;
    expect(description).toContain(`\`${KEY_PATTERN}\``);
    expect(description).toContain(KEY_CHECK_EXAMPLE);
  });
});
