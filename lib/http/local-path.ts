/**
 * A `next` address from a form or query string, kept only when it is a path on this site: never an open redirect to
 * another origin ("//evil.example" and "/\evil.example" are other hosts to a browser).
 */
export function localPath(value: unknown, fallback = "/"): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : fallback;
}
