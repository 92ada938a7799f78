import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { articleTooLarge } from "@/lib/input/article-size";
import { decodePageBytes } from "./decode-page-bytes";
import { fetchRefusal } from "./fetch-refusal";
import { readPageBody } from "./read-page-body";
import { resolveFetchTarget, type AddressPolicy, type ResolvedAddress } from "./resolve-fetch-target";

export const MAX_REDIRECTS = 5;

export interface FetchPageOptions extends AddressPolicy {
  /** The article limit (ARTICLE_MAX_BYTES): the page may be HTML_FILE_FACTOR times it, as an uploaded HTML file. */
  maxBytes: number;
  /** For the whole fetch, redirects included. */
  timeoutMs: number;
  /** Bytes of the page (decompressed) read at most; default: the article limit times the HTML factor. */
  maxPageBytes: number;
}

export interface FetchedPage {
  /** Where the page was found: the address asked for, or the one its redirects ended at. */
  url: string;
  /** The page as text, in the encoding it declared. */
  content: string;
  isHtml: boolean;
  fetchedAt: Date;
}

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const TEXT_TYPES = new Set(["text/plain", "text/markdown"]);

/**
 * Fetches a page on the server for an article to be read from, safe to point at any address a person types: http(s)
 * only; each hop's host resolved once, every address checked (resolve-fetch-target.ts), and the connection made to
 * that checked address; at most 5 redirects, each checked the same way; one time limit for all of it; the body read
 * as it streams and dropped past the size limit; HTML and plain text only. Each refusal is an AppError on the URL
 * field with a sentence a person can act on.
 */
export async function fetchArticlePage(url: string, options: FetchPageOptions): Promise<FetchedPage> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(fetchRefusal.timeout(options.timeoutMs)), options.timeoutMs);
  try {
    let current = parseUrl(url);
    for (let redirects = 0; ; redirects++) {
      const target = await beforeDeadline(resolveFetchTarget(current, options), deadline.signal);
      const response = await get(current, target, deadline.signal);
      const location = response.headers.location;
      if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
        response.destroy();
        if (redirects >= MAX_REDIRECTS) throw fetchRefusal.tooManyRedirects(MAX_REDIRECTS);
        current = parseUrl(location, current);
        continue;
      }
      return await readPage(current, response, options, deadline.signal);
    }
  } finally {
    clearTimeout(timer);
  }
}

function parseUrl(text: string, base?: URL): URL {
  try {
    return new URL(text, base);
  } catch {
    throw fetchRefusal.notHttp();
  }
}

async function readPage(url: URL, response: IncomingMessage, options: FetchPageOptions, signal: AbortSignal) {
  const status = response.statusCode ?? 0;
  if (status < 200 || status >= 300) {
    response.destroy();
    throw fetchRefusal.status(status);
  }
  const contentType = response.headers["content-type"];
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type && !HTML_TYPES.has(type) && !TEXT_TYPES.has(type)) {
    response.destroy();
    throw fetchRefusal.contentType(type);
  }
  const tooLarge = () => articleTooLarge(options.maxBytes, "url");
  const bytes = await readPageBody(response, { maxBytes: options.maxPageBytes, signal, tooLarge, host: url.hostname });
  const fetchedAt = new Date();
  // A page without a type is read as a browser would sniff it: markup if it starts with a tag.
  const isHtml = type ? HTML_TYPES.has(type) : /^\s*</.test(new TextDecoder("latin1").decode(bytes.subarray(0, 512)));
  const content = decodePageBytes(bytes, contentType, isHtml);
  // A NUL character never occurs in text: the surest sign of an image or PDF served as text/html.
  if (content.includes("\u0000")) throw fetchRefusal.binary();
  return { url: url.href, content, isHtml, fetchedAt };
}

/** One GET to the checked address, with no cookies or credentials; resolves with the response's head. */
function get(url: URL, target: ResolvedAddress, signal: AbortSignal): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // Node asks `lookup` for the host name's address (all of them when it may try several families): it gets only the
  // one that was checked. TLS still verifies the certificate against the host name.
  const lookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) (callback as (e: null, a: ResolvedAddress[]) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        protocol: url.protocol,
        hostname: host,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: "GET",
        lookup,
        // No pooled connection: each hop's socket goes to the address checked for that hop and no other.
        agent: false,
        headers: {
          "user-agent": "Mozilla/5.0 (compatible; Claimtrack article fetcher)",
          accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
          "accept-encoding": "gzip, deflate, br",
        },
      },
      resolve,
    );
    const abort = () => req.destroy(signal.reason as Error);
    if (signal.aborted) abort();
    signal.addEventListener("abort", abort, { once: true });
    req.on("error", () => reject(signal.aborted ? signal.reason : fetchRefusal.unreachable(host)));
    req.on("close", () => signal.removeEventListener("abort", abort));
    req.end();
  });
}

function beforeDeadline<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
