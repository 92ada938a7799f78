import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import { startPageServer, type PageServer } from "@/test/support/page-server";
import { embeddedIPv4, refuseAddress } from "./fetch-address-policy";
import { fetchArticlePage, type FetchPageOptions } from "./fetch-article-page";

const servers: PageServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
const serve = async (...args: Parameters<typeof startPageServer>) => {
  const server = await startPageServer(...args);
  servers.push(server);
  return server;
};

const PAGE =
  "<html><head><title>Seoul summons envoy</title></head><body><p>According to Reuters, Seoul acted.</p></body></html>";
const local: FetchPageOptions = { allowPrivate: true, maxBytes: 10_000, maxPageBytes: 40_000, timeoutMs: 3_000 };
/** As on a server on the internet: nothing private allowed, except 127.0.0.2 standing in for a public web server. */
const publicOnly: FetchPageOptions = {
  ...local,
  allowPrivate: false,
  refuse: (address) => (address === "127.0.0.2" ? null : refuseAddress(address, false)),
  // The test servers listen on whatever port they were given.
  anyPort: true,
};

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!error || (error as Error).name !== "AppError") throw new Error(`expected a refusal, got ${String(error)}`);
  return error as AppError;
}

/** Windows-1252 bytes of a text (Buffer's "latin1" lacks the euro sign and typographic punctuation at 0x80–0x9f). */
const cp1252 = (text: string) =>
  Buffer.from([...text].map((ch) => ({ "€": 0x80, "„": 0x84, "–": 0x96, "“": 0x93 })[ch] ?? ch.charCodeAt(0)));

describe("fetching an article page", () => {
  it("reads an HTML page and says where it was found and when", async () => {
    const server = await serve((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(PAGE));
    const before = Date.now();
    const page = await fetchArticlePage(`${server.origin}/news`, local);
    expect(page).toMatchObject({ url: `${server.origin}/news`, content: PAGE, isHtml: true });
    expect(page.fetchedAt.getTime()).toBeGreaterThanOrEqual(before);
  });

  it("follows up to five redirects, each from the address it points to, and keeps the final address", async () => {
    const server = await serve((req, res) => {
      const hop = Number(/\/hop(\d)/.exec(req.url ?? "")?.[1] ?? 0);
      if (hop < 5) res.writeHead(hop % 2 ? 301 : 302, { location: `/hop${hop + 1}` }).end();
      else res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
    });
    const page = await fetchArticlePage(`${server.origin}/hop0`, local);
    expect(page.url).toBe(`${server.origin}/hop5`);
    expect(server.requests).toEqual(["/hop0", "/hop1", "/hop2", "/hop3", "/hop4", "/hop5"]);
  });

  it("refuses a sixth redirect without following it", async () => {
    const server = await serve((req, res) => res.writeHead(307, { location: `${req.url}x` }).end());
    const error = await refusal(fetchArticlePage(`${server.origin}/a`, local));
    expect(error).toMatchObject({ status: 422, field: "url", reason: "too_many_redirects" });
    expect(error.message).toBe(
      "The address redirected more than 5 times. Give the address of the article page itself.",
    );
    expect(server.requests).toHaveLength(6);
  });

  it("gives up on a page that trickles in past the time limit", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const drip = setInterval(() => res.write("<p>still coming</p>"), 50);
      res.on("close", () => clearInterval(drip));
    });
    const started = Date.now();
    const error = await refusal(fetchArticlePage(server.origin, { ...local, timeoutMs: 600 }));
    expect(error).toMatchObject({ status: 422, reason: "fetch_timeout", params: { seconds: "1" } });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("gives up on a server that never answers", async () => {
    const server = await serve(() => {});
    const error = await refusal(fetchArticlePage(server.origin, { ...local, timeoutMs: 400 }));
    expect(error.reason).toBe("fetch_timeout");
  });

  it("stops reading a huge page at the size limit and closes the connection", async () => {
    let written = 0;
    const server = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = `<p>${"x".repeat(16_000)}</p>`;
      const push = () => {
        while (!res.destroyed && written < 50_000_000 && res.write(chunk)) written += chunk.length;
        if (!res.destroyed && written < 50_000_000) res.once("drain", push);
      };
      push();
    });
    const error = await refusal(fetchArticlePage(server.origin, local));
    expect(error).toMatchObject({ status: 413, field: "url", reason: "too_large" });
    // The article limit of 10,000 bytes is the one named, as for any article over it.
    expect(error.message).toContain("larger than 9.8 KB");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(written).toBeLessThan(5_000_000);
  });

  it("refuses a page whose declared length is over the limit before reading it", async () => {
    const server = await serve((_req, res) =>
      res.writeHead(200, { "content-type": "text/html", "content-length": "900000" }).end("x".repeat(900_000)),
    );
    expect((await refusal(fetchArticlePage(server.origin, local))).reason).toBe("too_large");
  });

  it("counts the size of a compressed page after decompressing it", async () => {
    const bomb = gzipSync("<p>" + "a".repeat(2_000_000) + "</p>");
    const server = await serve((req, res) =>
      req.url === "/bomb"
        ? res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(bomb)
        : res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(PAGE)),
    );
    expect((await fetchArticlePage(server.origin, local)).content).toBe(PAGE);
    expect((await refusal(fetchArticlePage(`${server.origin}/bomb`, local))).reason).toBe("too_large");
  });

  it("refuses what is not a web page or text, naming its type", async () => {
    const server = await serve((req, res) =>
      res.writeHead(200, { "content-type": req.url === "/pdf" ? "application/pdf" : "image/png" }).end("%PDF"),
    );
    const error = await refusal(fetchArticlePage(`${server.origin}/pdf`, local));
    expect(error).toMatchObject({ status: 422, reason: "content_type", params: { type: "application/pdf" } });
    expect(error.message).toBe(
      'The address leads to "application/pdf", not to a web page. Claimtrack reads HTML and plain-text pages.',
    );
    expect((await refusal(fetchArticlePage(`${server.origin}/png`, local))).reason).toBe("content_type");
  });

  it("says the server answered with an error instead of the page", async () => {
    const server = await serve((_req, res) => res.writeHead(404, { "content-type": "text/html" }).end("Not found"));
    const error = await refusal(fetchArticlePage(server.origin, local));
    expect(error).toMatchObject({ status: 422, reason: "page_status", params: { status: "404" } });
  });

  it("reads plain text as text", async () => {
    const server = await serve((_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("Laut dpa…"));
    expect(await fetchArticlePage(server.origin, local)).toMatchObject({ content: "Laut dpa…", isHtml: false });
  });
});

describe("the encoding of a fetched page", () => {
  const german = "<p>Die Bürgermeisterin äußerte sich – „laut dpa“ – zu 5 € mehr für Größe.</p>";

  it("reads a Windows-1252 page with umlauts as its header says", async () => {
    const server = await serve((_req, res) =>
      res.writeHead(200, { "content-type": "text/html; charset=windows-1252" }).end(cp1252(german)),
    );
    expect((await fetchArticlePage(server.origin, local)).content).toBe(german);
  });

  it("reads a page labelled ISO-8859-1 as browsers do, as Windows-1252 (the euro sign and the quotes survive)", async () => {
    const server = await serve((_req, res) =>
      res.writeHead(200, { "content-type": 'text/html; charset="ISO-8859-1"' }).end(cp1252(german)),
    );
    expect((await fetchArticlePage(server.origin, local)).content).toBe(german);
  });

  it("takes the charset from a <meta charset> or http-equiv tag when the header names none", async () => {
    const pages: Record<string, string> = {
      "/meta": `<html><head><meta charset="iso-8859-1"><title>Grüße</title></head><body>${german}</body></html>`,
      "/equiv": `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>${german}</body></html>`,
    };
    const server = await serve((req, res) =>
      res.writeHead(200, { "content-type": "text/html" }).end(cp1252(pages[req.url!]!)),
    );
    for (const path of ["/meta", "/equiv"])
      expect((await fetchArticlePage(server.origin + path, local)).content).toBe(pages[path]);
  });

  it("reads UTF-8 when neither header nor page names a charset", async () => {
    const server = await serve((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(german));
    expect((await fetchArticlePage(server.origin, local)).content).toBe(german);
  });
});

describe("addresses the server never fetches from (without CLAIMTRACK_FETCH_ALLOW_PRIVATE)", () => {
  const strict: FetchPageOptions = { ...local, allowPrivate: false };

  it.each([
    ["http://127.0.0.1:PORT/", "127.0.0.1", "private_address"],
    ["http://localhost:PORT/", "localhost", "private_address"],
    ["http://[::1]:PORT/", "::1", "private_address"],
    ["http://[::ffff:127.0.0.1]:PORT/", "::ffff:7f00:1", "private_address"],
    ["http://10.1.2.3/", "10.1.2.3", "private_address"],
    ["http://192.168.0.1/", "192.168.0.1", "private_address"],
    ["http://100.64.0.1/", "100.64.0.1", "private_address"],
    ["http://[fe80::1]/", "fe80::1", "private_address"],
    ["http://169.254.169.254/latest/meta-data/", "169.254.169.254", "metadata_address"],
    ["http://metadata.google.internal/computeMetadata/v1/", "metadata.google.internal", "metadata_address"],
    ["http://[fd00:ec2::254]/", "fd00:ec2::254", "metadata_address"],
    // IPv6 addresses that carry an IPv4 address inside (NAT64, 6to4) or tunnel to one (Teredo).
    ["http://[64:ff9b::127.0.0.1]:PORT/", "64:ff9b::7f00:1", "private_address"],
    ["http://[64:ff9b::a00:1]/", "64:ff9b::a00:1", "private_address"],
    ["http://[2002:c0a8:1::1]/", "2002:c0a8:1::1", "private_address"],
    ["http://[64:ff9b::a9fe:a9fe]/", "64:ff9b::a9fe:a9fe", "metadata_address"],
    ["http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "private_address"],
  ])("refuses %s", async (address, host, reason) => {
    const server = await serve((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(PAGE));
    const error = await refusal(fetchArticlePage(address.replace("PORT", String(server.port)), strict));
    expect(error).toMatchObject({ status: 400, field: "url", reason, params: { host } });
    expect(server.requests).toEqual([]);
  });

  it("fetches a public server only from the web's ports, and says so", async () => {
    const resolve = async () => [{ address: "93.184.216.34", family: 4 }];
    for (const port of ["22", "25", "6379"]) {
      const error = await refusal(fetchArticlePage(`http://news.test:${port}/story`, { ...strict, resolve }));
      expect(error).toMatchObject({ status: 400, field: "url", reason: "port", params: { port } });
      expect(error.message).toBe(
        `Claimtrack fetches pages from the web's ports (80, 443, 8080, 8443), not from port ${port}.`,
      );
    }
  });

  it("reads NAT64 and 6to4 addresses as the IPv4 addresses inside them", () => {
    expect(embeddedIPv4("64:ff9b::c000:221")).toBe("192.0.2.33");
    expect(embeddedIPv4("64:ff9b::192.0.2.33")).toBe("192.0.2.33");
    expect(embeddedIPv4("2002:5db8:d822::1")).toBe("93.184.216.34");
    expect(embeddedIPv4("2606:2800:220:1::")).toBeNull();
    expect(refuseAddress("64:ff9b::5db8:d822", false)).toBeNull();
    expect(refuseAddress("2002:7f00:1::", false)).toBe("loopback");
  });

  it("says in words why a private address is refused", async () => {
    const error = await refusal(fetchArticlePage("http://10.0.0.8/", strict));
    expect(error.message).toBe(
      '"10.0.0.8" is in a private or local network; Claimtrack fetches only pages on the public internet.',
    );
  });

  it("refuses metadata addresses even when private addresses are allowed", async () => {
    for (const url of [
      "http://169.254.169.254/",
      "http://metadata.google.internal/",
      "http://[::ffff:169.254.169.254]/",
    ])
      expect((await refusal(fetchArticlePage(url, local))).reason).toBe("metadata_address");
  });

  it("refuses a redirect from a public server to a private address or the metadata service", async () => {
    const inside = await serve((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("secret"));
    const outside = await serve(
      (req, res) =>
        res
          .writeHead(302, {
            location: req.url === "/to-metadata" ? "http://169.254.169.254/latest/" : `${inside.origin}/admin`,
          })
          .end(),
      "127.0.0.2",
    );
    const error = await refusal(fetchArticlePage(`${outside.origin}/to-inside`, publicOnly));
    expect(error).toMatchObject({ reason: "private_address", params: { host: "127.0.0.1" } });
    expect((await refusal(fetchArticlePage(`${outside.origin}/to-metadata`, publicOnly))).reason).toBe(
      "metadata_address",
    );
    expect(outside.requests).toEqual(["/to-inside", "/to-metadata"]);
    expect(inside.requests).toEqual([]);
  });

  it("connects to the address it checked, asking DNS once per hop (no second answer can rebind it)", async () => {
    const server = await serve(
      (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(PAGE),
      "127.0.0.2",
    );
    const asked: string[] = [];
    const answers = [[{ address: "127.0.0.2", family: 4 }], [{ address: "127.0.0.1", family: 4 }]];
    const page = await fetchArticlePage(`http://news.test:${server.port}/story`, {
      ...publicOnly,
      resolve: async (host) => (asked.push(host), answers[asked.length - 1]!),
    });
    // news.test exists only in this resolver: the connection used its first (checked) answer, not a lookup of its own.
    expect(page.content).toBe(PAGE);
    expect(asked).toEqual(["news.test"]);
  });

  it("refuses a host that resolves to a public and a private address", async () => {
    const resolve = async () => [
      { address: "127.0.0.2", family: 4 },
      { address: "10.0.0.1", family: 4 },
    ];
    const error = await refusal(fetchArticlePage("http://mixed.test/", { ...publicOnly, resolve }));
    expect(error).toMatchObject({ reason: "private_address", params: { host: "mixed.test" } });
  });

  it("says so when the host does not exist", async () => {
    const resolve = async () => Promise.reject(Object.assign(new Error("ENOTFOUND"), { code: "ENOTFOUND" }));
    const error = await refusal(fetchArticlePage("https://no-such-host.test/", { ...publicOnly, resolve }));
    expect(error).toMatchObject({ status: 422, reason: "unresolvable" });
    expect(error.message).toBe('Claimtrack could not find the server "no-such-host.test". Check the address.');
  });

  it("fetches only http and https, also after a redirect", async () => {
    expect((await refusal(fetchArticlePage("file:///etc/passwd", local))).reason).toBe("invalid");
    expect((await refusal(fetchArticlePage("ftp://example.org/a", local))).reason).toBe("invalid");
    const server = await serve((_req, res) => res.writeHead(301, { location: "file:///etc/passwd" }).end());
    expect((await refusal(fetchArticlePage(server.origin, local))).reason).toBe("invalid");
    expect((await refusal(fetchArticlePage("http://user:pw@example.org/", local))).reason).toBe("credentials");
  });
});
