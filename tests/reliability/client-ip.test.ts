import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/http/client-ip";

const forwardedFor = (chain: string) => new Headers({ "x-forwarded-for": chain });

describe("the caller's address from X-Forwarded-For", () => {
  it("counts trusted proxy hops from the right-most entry (the socket peer)", () => {
    expect(clientIp(forwardedFor("203.0.113.9, 198.51.100.1, 192.0.2.1"), 0)).toBe("192.0.2.1");
    expect(clientIp(forwardedFor("203.0.113.9, 198.51.100.1, 192.0.2.1"), 1)).toBe("198.51.100.1");
    expect(clientIp(forwardedFor("203.0.113.9, 198.51.100.1, 192.0.2.1"), 2)).toBe("203.0.113.9");
  });

  it("never falls back to a client-written entry when the chain is shorter than the trusted hops", () => {
    // A client reaching the server directly wrote the left-most entry; the server appended its peer.
    expect(clientIp(forwardedFor("10.0.0.1, 192.0.2.77"), 2)).toBe("192.0.2.77");
    expect(clientIp(forwardedFor("192.0.2.77"), 3)).toBe("192.0.2.77");
  });

  it("skips entries that are not addresses and reads IPv4-mapped IPv6 as IPv4", () => {
    expect(clientIp(forwardedFor("not-an-ip, ::ffff:192.0.2.5"), 0)).toBe("192.0.2.5");
    expect(clientIp(forwardedFor("[2001:db8::1], garbage"), 0)).toBe("2001:db8::1");
    expect(clientIp(new Headers(), 1)).toBe("unknown");
  });
});
