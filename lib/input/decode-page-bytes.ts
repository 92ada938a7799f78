import iconv from "iconv-lite";

/**
 * A fetched page's bytes as text, read in the encoding a browser would use (the WHATWG Encoding Standard): a
 * byte-order mark, else the charset of the Content-Type header, else a <meta charset> or http-equiv Content-Type in
 * the page's head, else UTF-8. "latin1" and "iso-8859-1" mean windows-1252 there, as in every browser, so a Latin-1
 * page's quotes and euro signs come out right.
 */
export function decodePageBytes(bytes: Uint8Array, contentType: string | undefined, isHtml: boolean): string {
  const encoding =
    byteOrderMark(bytes) ??
    knownEncoding(charsetOf(contentType ?? "")) ??
    (isHtml ? metaEncoding(bytes) : undefined) ??
    "utf-8";
  // Node's TextDecoder maps labels as the standard says but decodes windows-1252's 0x80–0x9f as control characters
  // (Node 20): iconv-lite decodes. Never fatal: a browser shows a stray wrong byte as a replacement character.
  return iconv.encodingExists(encoding)
    ? iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding)
    : new TextDecoder(encoding).decode(bytes);
}

/** The encoding a page names for itself (byte-order mark or <meta charset>), if any: what a saved page says. */
export function declaredPageEncoding(bytes: Uint8Array): string | undefined {
  return byteOrderMark(bytes) ?? metaEncoding(bytes);
}

// How far into the page to look for <meta charset>: the standard's prescan reads 1024 bytes; real pages put long
// comments and scripts first, and a few KB more cost nothing.
const META_SCAN_BYTES = 8192;

function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return undefined;
}

const charsetOf = (text: string) => /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(text)?.[1];

function metaEncoding(bytes: Uint8Array): string | undefined {
  // Latin-1 keeps every byte one character, so the ASCII markup reads the same whatever the page's encoding.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, META_SCAN_BYTES));
  for (const [tag] of head.matchAll(/<meta\s[^>]*>/gi)) {
    const encoding = knownEncoding(charsetOf(tag));
    // A page that says UTF-16 in ASCII markup is not UTF-16: the standard reads it as UTF-8.
    if (encoding) return encoding.startsWith("utf-16") ? "utf-8" : encoding;
  }
  return undefined;
}

/**
 * The standard's name for a charset label (TextDecoder knows the standard's label table), or undefined for a label no
 * browser knows: then the next rule decides.
 */
function knownEncoding(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}
