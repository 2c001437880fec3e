import { isIP } from "node:net";

/*
 * Is an address on the public internet? The server fetches URLs that users type (RSS feeds),
 * so it must never be pointed at itself, the private network it runs in, or the cloud
 * metadata service that hands out credentials (SSRF). Pure: addresses and host names in,
 * a verdict out; resolving names is the caller's job (fetch-public-url.ts).
 */

/** Why an address is refused; null = public. */
export type AddressBlock = "loopback" | "private" | "link_local" | "cgnat" | "unique_local" | "metadata" | "reserved";

type Range = { bytes: number[]; bits: number; block: AddressBlock };

const v4 = (cidr: string, block: AddressBlock): Range => {
  const [ip, bits] = cidr.split("/");
  return { bytes: ip.split(".").map(Number), bits: Number(bits ?? 32), block };
};

// Most specific first: the metadata endpoints sit inside link-local and CGNAT.
const V4_RANGES: Range[] = [
  v4("169.254.169.254/32", "metadata"), // AWS, GCP, Azure, OpenStack, Oracle
  v4("169.254.170.2/32", "metadata"), // AWS ECS task credentials
  v4("100.100.100.200/32", "metadata"), // Alibaba Cloud
  v4("192.0.0.192/32", "metadata"), // Oracle Cloud (legacy)
  v4("127.0.0.0/8", "loopback"),
  v4("10.0.0.0/8", "private"),
  v4("172.16.0.0/12", "private"),
  v4("192.168.0.0/16", "private"),
  v4("169.254.0.0/16", "link_local"),
  v4("100.64.0.0/10", "cgnat"),
  v4("0.0.0.0/8", "reserved"), // "this network": 0.0.0.0 reaches the local host
  v4("192.0.0.0/24", "reserved"), // IETF protocol assignments
  v4("192.0.2.0/24", "reserved"), // documentation
  v4("198.18.0.0/15", "reserved"), // benchmarking
  v4("198.51.100.0/24", "reserved"),
  v4("203.0.113.0/24", "reserved"),
  v4("224.0.0.0/4", "reserved"), // multicast
  v4("240.0.0.0/4", "reserved"), // future use and broadcast
];

/** IPv6 text → 16 bytes (zone id dropped, embedded IPv4 tail expanded); null if not IPv6. */
export function parseIPv6(text: string): number[] | null {
  const address = text.replace(/^\[|\]$/g, "").split("%")[0];
  if (isIP(address) !== 6) return null;
  let head = address;
  const tail: number[] = [];
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (v4Tail) {
    const parts = v4Tail[1].split(".").map(Number);
    tail.push((parts[0] << 8) | parts[1], (parts[2] << 8) | parts[3]);
    head = address.slice(0, -v4Tail[1].length);
    if (head.endsWith(":") && !head.endsWith("::")) head = head.slice(0, -1);
  }
  const [left, right] = head.includes("::") ? head.split("::") : [head, null];
  const groups = (s: string) => (s ? s.split(":").map((g) => parseInt(g, 16)) : []);
  const l = groups(left);
  const r = right === null ? [] : groups(right);
  const fill = 8 - tail.length - l.length - r.length;
  const words = right === null ? [...l, ...tail] : [...l, ...Array(fill).fill(0), ...r, ...tail];
  if (words.length !== 8) return null;
  return words.flatMap((w) => [w >> 8, w & 0xff]);
}

const v6 = (cidr: string, block: AddressBlock): Range => {
  const [ip, bits] = cidr.split("/");
  return { bytes: parseIPv6(ip)!, bits: Number(bits), block };
};

const V6_RANGES: Range[] = [
  v6("fd00:ec2::254/128", "metadata"), // AWS IMDS over IPv6
  v6("::1/128", "loopback"),
  v6("::/128", "reserved"), // unspecified
  v6("fc00::/7", "unique_local"),
  v6("fe80::/10", "link_local"),
  v6("fec0::/10", "unique_local"), // deprecated site-local: private in practice
  v6("ff00::/8", "reserved"), // multicast
  v6("100::/64", "reserved"), // discard
  v6("2001:db8::/32", "reserved"), // documentation
  v6("2001::/32", "reserved"), // Teredo: tunnels to an IPv4 address of its choosing
];

function inRange(bytes: number[], range: Range) {
  let bits = range.bits;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((bytes[i] & mask) !== (range.bytes[i] & mask)) return false;
  }
  return true;
}

const startsWith = (bytes: number[], prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** The IPv4 address an IPv6 address carries to (mapped, compatible, NAT64, 6to4), if any. */
function embeddedIPv4(bytes: number[]): number[] | null {
  const zeros = (n: number) => Array(n).fill(0);
  if (startsWith(bytes, [...zeros(10), 0xff, 0xff])) return bytes.slice(12); // ::ffff:a.b.c.d
  if (startsWith(bytes, zeros(12)) && bytes.slice(12).some((b) => b)) return bytes.slice(12); // ::a.b.c.d (deprecated)
  if (startsWith(bytes, [0x00, 0x64, 0xff, 0x9b, ...zeros(8)])) return bytes.slice(12); // 64:ff9b::/96 NAT64
  if (startsWith(bytes, [0x00, 0x64, 0xff, 0x9b, 0x00, 0x01])) return bytes.slice(12); // 64:ff9b:1::/48 local NAT64
  if (startsWith(bytes, [0x20, 0x02])) return bytes.slice(2, 6); // 2002::/16 6to4
  return null;
}

function classifyIPv4(bytes: number[]): AddressBlock | null {
  return V4_RANGES.find((r) => inRange(bytes, r))?.block ?? null;
}

/** Why an IP address (v4 or v6 text) is not public; null when it is. Not an IP: "reserved". */
export function classifyAddress(address: string): AddressBlock | null {
  const plain = address.replace(/^\[|\]$/g, "");
  if (isIP(plain) === 4) return classifyIPv4(plain.split(".").map(Number));
  const bytes = parseIPv6(plain);
  if (!bytes) return "reserved";
  const special = V6_RANGES.find((r) => inRange(bytes, r));
  if (special) return special.block;
  const carried = embeddedIPv4(bytes);
  return carried ? classifyIPv4(carried) : null;
}

/** Host names that name the local machine or a metadata service whatever DNS says. */
export function classifyHostName(hostname: string): AddressBlock | null {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  if (host === "localhost" || host.endsWith(".localhost") || host === "localhost.localdomain") return "loopback";
  if (["metadata", "metadata.google.internal", "metadata.goog", "instance-data", "instance-data.ec2.internal"].includes(host)) return "metadata";
  return null;
}
