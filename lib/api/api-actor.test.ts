import { describe, expect, it } from "vitest";
import { isOwnOrigin } from "./api-actor";

const from = (headers: Record<string, string>) => new Headers(headers);

describe("isOwnOrigin", () => {
  it("accepts only CLAIMTRACK_URL's origin when it is configured, not localhost or the Host a request names", () => {
    const url = "https://claims.example.org";
    expect(isOwnOrigin(from({ origin: "https://claims.example.org", host: "claims.example.org" }), url)).toBe(true);
    expect(isOwnOrigin(from({ origin: "http://localhost:3000", host: "localhost:3000" }), url)).toBe(false);
    expect(isOwnOrigin(from({ origin: "https://evil.example", host: "evil.example" }), url)).toBe(false);
  });

  it("without CLAIMTRACK_URL accepts the origin of the host the request went to, and nothing else", () => {
    expect(isOwnOrigin(from({ origin: "http://10.0.0.5:3000", host: "10.0.0.5:3000" }), undefined)).toBe(true);
    expect(isOwnOrigin(from({ origin: "http://localhost:3000", host: "10.0.0.5:3000" }), undefined)).toBe(false);
  });

  it("refuses what the browser itself calls cross-site", () => {
    expect(isOwnOrigin(from({ "sec-fetch-site": "cross-site" }), undefined)).toBe(false);
  });
});
