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
    ]),
  ],
];

/**
 * Whether an article may be fetched from this address, and if not why. `allowPrivate` (CLAIMTRACK_FETCH_ALLOW_PRIVATE)
 * opens loopback and private networks, for an intranet or tests; a metadata address stays refused.
 */
export function refuseAddress(address: string, allowPrivate: boolean): AddressRefusal | null {
  const family = isIP(address) === 6 ? "ipv6" : "ipv4";
  if (METADATA.check(address, family)) return "metadata";
  if (allowPrivate) return null;
  for (const [reason, blocks] of BLOCKED) if (blocks.check(address, family)) return reason;
  return null;
}
