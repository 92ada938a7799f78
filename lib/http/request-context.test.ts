import { describe, expect, it } from "vitest";
import { EnvSchema } from "@/lib/env";
import { clientIp, PEER_HEADER, trustedProxies } from "./request-context";

const request = (peer: string, forwardedFor?: string) =>
  new Headers({ [PEER_HEADER]: peer, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });

describe("clientIp", () => {
  it("takes the connection's address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientIp(request("203.0.113.7", "1.2.3.4"), trustedProxies(""))).toBe("203.0.113.7");
    expect(clientIp(request("::ffff:203.0.113.7"), trustedProxies(""))).toBe("203.0.113.7");
  });

  it("behind a trusted proxy takes the right-most hop that is not a trusted proxy, whatever the client wrote left of it", () => {
    const proxies = trustedProxies("10.0.0.0/8, 127.0.0.1");
    expect(clientIp(request("127.0.0.1", "6.6.6.6, 198.51.100.9"), proxies)).toBe("198.51.100.9");
    expect(clientIp(request("127.0.0.1", "6.6.6.6, 198.51.100.9, 10.1.2.3"), proxies)).toBe("198.51.100.9");
    expect(clientIp(request("127.0.0.1", "not-an-address, 10.1.2.3"), proxies)).toBe("127.0.0.1");
    expect(clientIp(request("198.51.100.9", "6.6.6.6"), proxies)).toBe("198.51.100.9");
  });

  it("says unknown when the server did not name the connection's address", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4" }), trustedProxies(""))).toBe("unknown");
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address, at start", () => {
    expect(() => trustedProxies("proxy.internal")).toThrow(/TRUSTED_PROXIES/);
    expect(EnvSchema.safeParse({ TRUSTED_PROXIES: "10.0.0.0/8, proxy.internal" }).success).toBe(false);
    expect(EnvSchema.safeParse({ TRUSTED_PROXIES: "10.0.0.0/8, ::1" }).success).toBe(true);
  });
});
