const ORIGIN = "http://claimtrack.invalid";

/**
 * A `next` address from a form or query string, kept only when it is a path on this site: never an open redirect to
 * another origin. Browsers read "//evil.example", "/\evil.example" and "/<tab>/evil.example" as other hosts, so the
 * address is resolved the way a browser would and kept only if it stays on our origin; what is returned is that
 * resolved path, never the raw text.
 */
export function localPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return fallback;
  }
  return url.origin === ORIGIN ? `${url.pathname}${url.search}${url.hash}` : fallback;
}
