import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { WEBHOOK_SECRET_PREFIX, generateWebhookSecret, webhookSecretKey } from "@/lib/webhooks/secrets";
import { activeSecrets, sign, signedHeaders } from "@/lib/webhooks/signing";

describe("webhook secrets", () => {
  it("are whsec_ + base64 of 32 random bytes, different every time", () => {
    const a = generateWebhookSecret();
    const b = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(a).not.toBe(b);
    expect(webhookSecretKey(a)).toHaveLength(32);
  });

  it("refuse keys without the prefix or too short", () => {
    expect(() => webhookSecretKey("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).toThrow(/whsec_/);
    expect(() => webhookSecretKey(`${WEBHOOK_SECRET_PREFIX}c2hvcnQ=`)).toThrow(/24 bytes/);
  });
});

describe("Standard Webhooks signatures", () => {
  it("reproduce the specification's published test vector", () => {
    expect(
      sign(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "msg_p5jXN8AQM9LWM0D4loKWxJek",
        1614265330,
        '{"test": 2432232314}',
      ),
    ).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("carry one signature per active secret, space-separated", () => {
    const current = generateWebhookSecret();
    const previous = generateWebhookSecret();
    const sentAt = new Date("2026-11-26T12:00:00.900Z");
    const headers = signedHeaders({ id: "evt_1", body: "{}", sentAt, secrets: [current, previous] });
    expect(headers["webhook-id"]).toBe("evt_1");
    expect(headers["webhook-timestamp"]).toBe(String(Math.floor(sentAt.getTime() / 1000)));
    const expected = [current, previous].map(
      (secret) =>
        `v1,${createHmac("sha256", Buffer.from(secret.slice(6), "base64"))
          .update(`evt_1.${headers["webhook-timestamp"]}.{}`)
          .digest("base64")}`,
    );
    expect(headers["webhook-signature"]).toBe(expected.join(" "));
  });

  it("use the previous secret only until it expires", () => {
    const now = new Date("2026-11-26T12:00:00Z");
    const endpoint = {
      secret: "whsec_new",
      previousSecret: "whsec_old",
      previousSecretExpiresAt: new Date(now.getTime() + 1000),
    };
    expect(activeSecrets(endpoint, now)).toEqual(["whsec_new", "whsec_old"]);
    expect(activeSecrets(endpoint, new Date(now.getTime() + 1000))).toEqual(["whsec_new"]);
    expect(activeSecrets({ ...endpoint, previousSecret: null, previousSecretExpiresAt: null }, now)).toEqual([
      "whsec_new",
    ]);
  });
});
