import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { METADATA_HOSTS, refuseAddress, WEB_PORTS, type AddressRefusal } from "./fetch-address-policy";
import { fetchRefusal } from "./fetch-refusal";

export interface ResolvedAddress {
  address: string;
  family: number;
}
/** Resolves a host name to all its addresses (the system resolver by default; tests give their own). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface AddressPolicy {
  allowPrivate: boolean;
  resolve?: Resolver;
  /** Decides per address (default: fetch-address-policy.ts with allowPrivate). */
  refuse?: (address: string) => AddressRefusal | null;
  /** Any port, not only the web's (80, 443, 8080, 8443): for tests; allowPrivate opens every port too. */
  anyPort?: boolean;
}

const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

/**
 * The one address a URL may be fetched from: its host resolved once and every address it resolves to checked (a host
 * that also names a private address is refused, whichever one the connection would pick). The request then connects
 * to exactly this address, so a second DNS answer — a rebinding attacker's — is never asked for.
 */
export async function resolveFetchTarget(url: URL, policy: AddressPolicy): Promise<ResolvedAddress> {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw fetchRefusal.notHttp();
  if (url.username || url.password) throw fetchRefusal.credentials();
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const refuse = policy.refuse ?? ((address: string) => refuseAddress(address, policy.allowPrivate));
  if (METADATA_HOSTS.has(host.toLowerCase().replace(/\.$/, ""))) throw fetchRefusal.address(host, "metadata");
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await resolveHost(host, policy.resolve);
  for (const { address } of addresses) {
    const why = refuse(address);
    if (why) throw fetchRefusal.address(host, why);
  }
  // An intranet's servers listen where they like; on the internet, another port is mail, a database or SSH.
  if (!policy.allowPrivate && !policy.anyPort && !WEB_PORTS.has(url.port)) throw fetchRefusal.port(url.port);
  return addresses[0]!;
}

async function resolveHost(host: string, resolve: Resolver = systemResolver): Promise<ResolvedAddress[]> {
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolve(host);
  } catch {
    throw fetchRefusal.unresolvable(host);
  }
  if (addresses.length === 0) throw fetchRefusal.unresolvable(host);
  return addresses;
}
