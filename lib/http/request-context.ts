import { BlockList, isIP } from "node:net";

/**
 * Set by scripts/serve.mjs on every request to the address of the connection itself, replacing any value a client
 * sent: the one address nobody can choose by writing a header.
 */
export const PEER_HEADER = "x-claimtrack-peer";
/** The client address as worked out below, passed on to Better Auth for its own rate limit. */
export const CLIENT_IP_HEADER = "x-claimtrack-client-ip";

/** `::ffff:10.0.0.1` (IPv4 over an IPv6 socket) is 10.0.0.1. */
function plainAddress(value: string): string {
  const address = value.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(address) ? address : "";
}

/** TRUSTED_PROXIES: comma-separated addresses or CIDR ranges of the reverse proxies in front of the app. */
export function trustedProxies(setting = process.env.TRUSTED_PROXIES ?? ""): BlockList {
  const list = new BlockList();
  for (const entry of setting
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [address = "", bits] = entry.split("/");
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (!isIP(address)) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or CIDR range.`);
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

const isTrusted = (list: BlockList, address: string) => list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");

/**
 * The client address for logs and throttling. X-Forwarded-For is anyone's to write, so it counts only when the
 * connection comes from a configured trusted proxy, and then only its right-most hop that is not itself a trusted
 * proxy (the left ones were written by the client). "unknown" when the server did not say (tests, scripts).
 */
export function clientIp(headers: Headers, proxies: BlockList = trustedProxies()): string {
  const peer = plainAddress(headers.get(PEER_HEADER) ?? "");
  if (!peer) return "unknown";
  if (!isTrusted(proxies, peer)) return peer;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map(plainAddress);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (!hop) return peer; // a malformed hop: what lies left of it cannot be told apart from a forgery
    if (!isTrusted(proxies, hop)) return hop;
  }
  return peer;
}

/** The request's headers with the client address Better Auth should throttle by (whatever the client sent). */
export function withClientIp(headers: Headers): Headers {
  const copy = new Headers(headers);
  copy.set(CLIENT_IP_HEADER, clientIp(headers));
  return copy;
}
