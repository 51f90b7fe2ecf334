import { describe, expect, it } from "vitest";
import { assertDeliverableUrl, blockedAddressReason, type Resolver } from "@/lib/webhooks/ssrf";

const resolvesTo =
  (...addresses: string[]): Resolver =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
const noDns: Resolver = async () => {
  throw new Error("DNS must not be used for IP literals");
};

describe("the address classifier", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["10.0.0.1", "private"],
    ["10.255.255.255", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.254", "private"],
    ["192.168.1.20", "private"],
    ["169.254.169.254", "metadata"],
    ["169.254.10.1", "link-local"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["100.127.255.255", "carrier-grade NAT"],
    ["100.100.100.200", "metadata"],
    ["168.63.129.16", "metadata"], // Azure WireServer
    ["::ffff:168.63.129.16", "metadata"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["224.0.0.251", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "reserved"],
    ["192.0.2.10", "reserved"],
    ["198.18.0.1", "reserved"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf::1", "link-local"],
    ["fc00::1", "private"],
    ["fd12:3456::1", "private"],
    ["fd00:ec2::254", "metadata"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:10.1.2.3", "private"],
    ["::ffff:169.254.169.254", "metadata"],
    ["64:ff9b::10.0.0.1", "private"],
    ["2002:7f00:1::", "loopback"],
    ["::127.0.0.1", "reserved"], // IPv4-compatible (deprecated): never delivered to
    ["2001:db8::1", "reserved"],
    ["100::1", "reserved"],
  ])("refuses %s (%s)", (address, kind) => {
    expect(blockedAddressReason(address)).toContain(kind);
  });

  it.each([
    "93.184.216.34",
    "8.8.8.8",
    "1.1.1.1",
    "172.15.255.255",
    "172.32.0.1",
    "100.63.255.255",
    "100.128.0.1",
    "169.253.1.1",
    "168.63.129.15",
    "168.63.129.17",
    "2606:4700:4700::1111",
    "2a00:1450:4001:80b::200e",
    "::ffff:8.8.8.8",
    "64:ff9b::8.8.8.8",
  ])("accepts the public address %s", (address) => {
    expect(blockedAddressReason(address)).toBeNull();
  });
});

describe("assertDeliverableUrl", () => {
  const refuse = (url: string, resolve: Resolver = noDns) =>
    expect(assertDeliverableUrl(url, { allowPrivate: false, resolve })).rejects;

  it("refuses non-http(s) schemes and credentials", async () => {
    await refuse("ftp://example.com/hook").toThrow(/http or https/);
    await refuse("file:///etc/passwd").toThrow(/http or https/);
    await refuse("https://user:pass@example.com/hook").toThrow(/user name and password/);
    await refuse("not a url").toThrow(/full URL/);
  });

  it("refuses IP literals in private ranges, however they are spelled", async () => {
    await refuse("http://127.0.0.1:3000/hook").toThrow(/loopback/);
    await refuse("http://2130706433/hook").toThrow(/loopback/); // decimal 127.0.0.1
    await refuse("http://0x7f.1/hook").toThrow(/loopback/);
    await refuse("http://[::1]/hook").toThrow(/loopback/);
    await refuse("http://[::ffff:127.0.0.1]/hook").toThrow(/loopback/);
    await refuse("http://[fe80::1]/hook").toThrow(/link-local/);
    await refuse("http://10.1.2.3/hook").toThrow(/private/);
    await refuse("http://172.16.5.4/hook").toThrow(/private/);
    await refuse("http://192.168.0.10/hook").toThrow(/private/);
    await refuse("http://169.254.169.254/latest/meta-data").toThrow(/metadata/);
    await refuse("http://100.64.1.1/hook").toThrow(/carrier-grade NAT/);
  });

  it("refuses a host name that resolves to a private address, even when another answer is public", async () => {
    await refuse("https://hooks.example.com/x", resolvesTo("127.0.0.1")).toThrow(
      /hooks\.example\.com resolves to 127\.0\.0\.1.*loopback/,
    );
    await refuse("https://hooks.example.com/x", resolvesTo("93.184.216.34", "10.0.0.5")).toThrow(/private/);
    await refuse("https://hooks.example.com/x", resolvesTo("2606:4700::1", "fd00:ec2::254")).toThrow(/metadata/);
  });

  it("refuses localhost through the system resolver (/etc/hosts, no network)", async () => {
    await expect(assertDeliverableUrl("http://localhost:4000/hook", { allowPrivate: false })).rejects.toThrow(
      /localhost resolves to .*loopback/,
    );
  });

  it("refuses a host that does not resolve", async () => {
    await refuse("https://nowhere.invalid/x", async () => []).toThrow(/could not be resolved/);
  });

  it("accepts public addresses and returns the address to pin the connection to", async () => {
    await expect(
      assertDeliverableUrl("https://93.184.216.34/hook", { allowPrivate: false, resolve: noDns }),
    ).resolves.toMatchObject({
      address: "93.184.216.34",
      family: 4,
      hostname: "93.184.216.34",
    });
    await expect(
      assertDeliverableUrl("https://[2606:4700:4700::1111]/hook", { allowPrivate: false, resolve: noDns }),
    ).resolves.toMatchObject({
      address: "2606:4700:4700::1111",
      family: 6,
      hostname: "2606:4700:4700::1111",
    });
    await expect(
      assertDeliverableUrl("https://hooks.example.com/x", {
        allowPrivate: false,
        resolve: resolvesTo("93.184.216.34", "2606:4700::1"),
      }),
    ).resolves.toMatchObject({
      hostname: "hooks.example.com",
      address: "93.184.216.34",
    });
  });

  it("allows private addresses with the local-testing setting, still only over http(s)", async () => {
    await expect(assertDeliverableUrl("http://127.0.0.1:3000/hook", { allowPrivate: true })).resolves.toMatchObject({
      address: "127.0.0.1",
    });
    await expect(assertDeliverableUrl("http://localhost:3000/hook", { allowPrivate: true })).resolves.toMatchObject({
      hostname: "localhost",
    });
    await expect(assertDeliverableUrl("gopher://127.0.0.1/", { allowPrivate: true })).rejects.toThrow(/http or https/);
  });

  it("refuses cloud metadata addresses even with the local-testing setting", async () => {
    for (const address of ["169.254.169.254", "100.100.100.200", "168.63.129.16"]) {
      await expect(assertDeliverableUrl(`http://${address}/`, { allowPrivate: true, resolve: noDns })).rejects.toThrow(
        /metadata/,
      );
    }
    await expect(
      assertDeliverableUrl("https://wireserver.example/x", {
        allowPrivate: true,
        resolve: resolvesTo("168.63.129.16"),
      }),
    ).rejects.toThrow(/wireserver\.example resolves to 168\.63\.129\.16, which is a cloud metadata address/);
  });
});
