/**
 * Content-Disposition for a download (RFC 6266): `filename` in quoted printable ASCII, which every client reads, and
 * when the name holds more than that, also `filename*` with its UTF-8 bytes (RFC 8187), which browsers prefer. A
 * header cannot carry non-ASCII text as it is, and a quote or backslash would end or escape the quoted name.
 */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  if (ascii === filename) return `attachment; filename="${filename}"`;
  // encodeURIComponent leaves ' ( ) * as they are; RFC 8187's value allows none of them.
  const utf8 = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}
