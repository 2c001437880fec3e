import { describe, expect, it } from "vitest";
import { checkPublicUrl, checkUrlSyntax, PublicUrlError, resolvePublic } from "./fetch-public-url";
import { classifyAddress, classifyHostName, parseIPv6 } from "./public-address";

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"], ["127.255.255.254", "loopback"], ["::1", "loopback"],
    ["10.0.0.1", "private"], ["172.16.0.1", "private"], ["172.31.255.255", "private"], ["192.168.1.20", "private"],
    ["169.254.1.1", "link_local"], ["fe80::1", "link_local"], ["fe80::1%eth0", "link_local"], ["febf::1", "link_local"],
    ["100.64.0.1", "cgnat"], ["100.127.255.254", "cgnat"],
    ["fc00::1", "unique_local"], ["fd12:3456:789a::1", "unique_local"],
    ["169.254.169.254", "metadata"], ["169.254.170.2", "metadata"], ["100.100.100.200", "metadata"], ["fd00:ec2::254", "metadata"],
    ["0.0.0.0", "reserved"], ["::", "reserved"], ["255.255.255.255", "reserved"], ["224.0.0.251", "reserved"], ["ff02::1", "reserved"],
    ["192.0.2.10", "reserved"], ["2001:db8::1", "reserved"], ["2001:0:4136:e378::1", "reserved"],
    // IPv6 forms that carry an IPv4 address are judged by it.
    ["::ffff:127.0.0.1", "loopback"], ["::ffff:a9fe:a9fe", "metadata"], ["::ffff:10.1.2.3", "private"], ["64:ff9b::192.168.0.1", "private"],
    ["2002:0a00:0001::1", "private"], ["::127.0.0.1", "loopback"],
  ])("%s is %s", (address, block) => {
    expect(classifyAddress(address)).toBe(block);
  });

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "169.255.0.1", "2a00:1450:4007:80f::200e", "::ffff:8.8.8.8", "64:ff9b::8.8.8.8", "2606:4700::6810:84e5"])(
    "%s is public",
    (address) => {
      expect(classifyAddress(address)).toBeNull();
    },
  );

  it("parses IPv6 with :: anywhere and an IPv4 tail", () => {
    expect(parseIPv6("1:2:3:4:5:6:7:8")).toEqual([0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8]);
    expect(parseIPv6("::ffff:1.2.3.4")).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 1, 2, 3, 4]);
    expect(parseIPv6("[fe80::]")).toEqual([0xfe, 0x80, ...Array(14).fill(0)]);
    expect(parseIPv6("1.2.3.4")).toBeNull();
    expect(parseIPv6("not an address")).toBeNull();
  });

  it("names the local machine and metadata services by name", () => {
    expect(classifyHostName("localhost")).toBe("loopback");
    expect(classifyHostName("api.LOCALHOST.")).toBe("loopback");
    expect(classifyHostName("metadata.google.internal")).toBe("metadata");
    expect(classifyHostName("www.lemonde.fr")).toBeNull();
  });
});

describe("checkUrlSyntax (before any DNS)", () => {
  it.each([
    ["ftp://feeds.example/rss", "not_http"], ["file:///etc/passwd", "not_http"], ["javascript:alert(1)", "not_http"], ["gopher://x", "not_http"],
    ["not a url", "invalid_url"], ["", "invalid_url"],
    ["http://127.0.0.1/feed", "loopback"], ["http://2130706433/feed", "loopback"], ["http://0x7f.1/feed", "loopback"], ["http://[::1]:8080/", "loopback"],
    ["http://[::ffff:127.0.0.1]/", "loopback"], ["http://localhost:3000/rss", "loopback"], ["https://10.1.2.3/rss", "private"],
    ["http://192.168.0.10/rss", "private"], ["http://169.254.169.254/latest/meta-data/", "metadata"], ["http://metadata.google.internal/", "metadata"],
    ["http://100.64.3.4/", "cgnat"], ["http://[fd00::5]/", "unique_local"], ["http://[fe80::1]/", "link_local"], ["http://0.0.0.0:80/", "reserved"],
  ])("%s → %s", (url, problem) => {
    expect(checkUrlSyntax(url)).toBe(problem);
  });

  it("leaves public addresses and names to DNS, and honours an explicit allow-list", () => {
    expect(checkUrlSyntax("https://www.lemonde.fr/rss/une.xml")).toBeNull();
    expect(checkUrlSyntax("http://93.184.216.34/feed")).toBeNull();
    expect(checkUrlSyntax("http://127.0.0.1:4000/feed", { allowAddresses: ["127.0.0.1"] })).toBeNull();
    // The allow-list names addresses, not names: "localhost" stays refused.
    expect(checkUrlSyntax("http://localhost:4000/feed", { allowAddresses: ["127.0.0.1"] })).toBe("loopback");
  });
});

describe("resolving names", () => {
  it("refuses a name that resolves to loopback (the hosts file)", async () => {
    await expect(resolvePublic("localhost")).rejects.toBeInstanceOf(PublicUrlError);
    await expect(resolvePublic("localhost")).rejects.toMatchObject({ problem: "loopback" });
  });

  it("leaves a name that does not resolve now to fetch time", async () => {
    expect(await checkPublicUrl("https://feeds.invalid/rss.xml")).toBeNull();
    expect(await checkPublicUrl("http://[::1]/")).toBe("loopback");
  });
});
