/** The client address for logs and throttling: the first X-Forwarded-For hop when a proxy sets it. */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}
