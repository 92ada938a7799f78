import { BlockList, isIP } from "node:net";

/** Why an address is no place to fetch an article from (null: a public address). */
export type AddressRefusal = "metadata" | "loopback" | "private" | "link_local" | "unspecified" | "reserved";

// Cloud instance metadata answers with credentials to whoever asks from inside the machine: refused even when
// CLAIMTRACK_FETCH_ALLOW_PRIVATE opens the private network (AWS, GCP, Azure, OpenStack: 169.254.169.254; AWS IPv6:
// fd00:ec2::254; Alibaba: 100.100.100.200, inside CGNAT).
const METADATA = new BlockList();
METADATA.addAddress("169.254.169.254", "ipv4");
METADATA.addAddress("100.100.100.200", "ipv4");
METADATA.addAddress("fd00:ec2::254", "ipv6");
export const METADATA_HOSTS = new Set(["metadata.google.internal", "metadata.goog", "metadata"]);

const ranges = (list: [string, number, "ipv4" | "ipv6"][]) => {
  const blocks = new BlockList();
  for (const [network, prefix, family] of list) blocks.addSubnet(network, prefix, family);
  return blocks;
};

// IPv4 rules also match their IPv4-mapped IPv6 forms (::ffff:127.0.0.1): BlockList checks those against them.
const BLOCKED: [AddressRefusal, BlockList][] = [
  [
    "unspecified",
    ranges([
      ["0.0.0.0", 8, "ipv4"],
      ["::", 128, "ipv6"],
    ]),
  ],
  [
    "loopback",
    ranges([
      ["127.0.0.0", 8, "ipv4"],
      ["::1", 128, "ipv6"],
    ]),
  ],
  [
    "private",
    ranges([
      ["10.0.0.0", 8, "ipv4"],
      ["172.16.0.0", 12, "ipv4"],
      ["192.168.0.0", 16, "ipv4"],
      // Carrier-grade NAT: the provider's network, not the internet.
      ["100.64.0.0", 10, "ipv4"],
      ["fc00::", 7, "ipv6"],
    ]),
  ],
  [
    "link_local",
    ranges([
      ["169.254.0.0", 16, "ipv4"],
      ["fe80::", 10, "ipv6"],
    ]),
  ],
  [
    "reserved",
    ranges([
      // Multicast, the reserved 240/4 and broadcast, IETF protocol assignments: no web page lives there.
      ["224.0.0.0", 3, "ipv4"],
      ["192.0.0.0", 24, "ipv4"],
      ["ff00::", 8, "ipv6"],
      // IPv4-compatible IPv6 (::a.b.c.d, deprecated): would reach an IPv4 address without the IPv4 rules above.
      ["::", 96, "ipv6"],
      // Teredo tunnels to an IPv4 address written inverted into the IPv6 one; no news site is served from one.
      ["2001::", 32, "ipv6"],
      // Local-use NAT64 (RFC 8215): the operator's own translator, to any IPv4 address behind it.
      ["64:ff9b:1::", 48, "ipv6"],
    ]),
  ],
];

/**
 * Whether an article may be fetched from this address, and if not why. `allowPrivate` (CLAIMTRACK_FETCH_ALLOW_PRIVATE)
 * opens loopback and private networks, for an intranet or tests; a metadata address stays refused.
 */
export function refuseAddress(address: string, allowPrivate: boolean): AddressRefusal | null {
  const family = isIP(address) === 6 ? "ipv6" : "ipv4";
  // NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:aabb:ccdd::) addresses reach the IPv4 address written inside them.
  const inside = family === "ipv6" ? embeddedIPv4(address) : null;
  if (inside) return refuseAddress(inside, allowPrivate);
  if (METADATA.check(address, family)) return "metadata";
  if (allowPrivate) return null;
  for (const [reason, blocks] of BLOCKED) if (blocks.check(address, family)) return reason;
  return null;
}

/** The IPv4 address a NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address carries, or null. */
export function embeddedIPv4(address: string): string | null {
  const words = ipv6Words(address);
  if (!words) return null;
  const nat64 = words[0] === 0x64 && words[1] === 0xff9b && words.slice(2, 6).every((w) => w === 0);
  if (nat64) return ipv4Of(words[6]!, words[7]!);
  if (words[0] === 0x2002) return ipv4Of(words[1]!, words[2]!);
  return null;
}

const ipv4Of = (high: number, low: number) => [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");

/** The eight 16-bit words of an IPv6 address ("::" expanded, a dotted IPv4 tail read as two words). */
function ipv6Words(address: string): number[] | null {
  if (isIP(address) !== 6) return null;
  let text = address.replace(/%.*$/, "");
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = text.slice(0, dotted.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const part = (s: string | undefined) => (s ? s.split(":").map((w) => Number.parseInt(w, 16)) : []);
  const before = part(head);
  const after = part(tail);
  const words = tail === undefined ? before : [...before, ...Array(8 - before.length - after.length).fill(0), ...after];
  return words.length === 8 ? words : null;
}

/** The ports web pages are served from; another port of a public server is some other service. */
export const WEB_PORTS = new Set(["", "80", "443", "8080", "8443"]);
