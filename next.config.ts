import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { articleRequestLimit } from "./lib/input/article-request-limit";
import { getEnv } from "./lib/env";
import { API_HEADERS, HSTS_HEADER, SECURITY_HEADERS } from "./lib/http/content-security-policy";

// Validate the environment at start: a bad DATABASE_URL fails here with a message, not at the first request.
const { ARTICLE_MAX_BYTES, CLAIMTRACK_URL } = getEnv();
// The add-article form is the largest request; proxy.ts refuses bigger ones with the article-size sentence. The
// proxy gets a copy of the body that Next.js cuts off silently at proxyClientMaxBodySize: a little over the limit
// (one network chunk is at most 64 KB), so a body sent without Content-Length is still seen to be too large.
const actionBodyLimit = articleRequestLimit(ARTICLE_MAX_BYTES);

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit) before the browser tests build the app, and says it passed
  // with CLAIMTRACK_TYPES_CHECKED=1: the build then skips its own check of the same files (about half its time on two
  // cores). Every other build checks the types as usual.
  typescript: { ignoreBuildErrors: process.env.CLAIMTRACK_TYPES_CHECKED === "1" },
  // Native and WebAssembly database drivers load from node_modules at run time rather than being bundled.
  // PDFKit reads its font metrics and fontkit's tables from its own package folder.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "pdfkit"],
  experimental: {
    // CI builds once on a fresh machine: writing Turbopack's build cache for a next build that never comes took
    // 20–27 s there. Elsewhere the cache makes the rebuild after a change quicker.
    turbopackFileSystemCacheForBuild: process.env.CI !== "true",
    serverActions: { bodySizeLimit: actionBodyLimit },
    proxyClientMaxBodySize: actionBodyLimit + 1024 * 1024,
  },
  async headers() {
    const isHttps = CLAIMTRACK_URL?.startsWith("https:") ?? false;
    return [
      { source: "/:path*", headers: isHttps ? [...SECURITY_HEADERS, HSTS_HEADER] : SECURITY_HEADERS },
      // Behind a proxy that ends TLS, the proxy says so; over plain http the header is ignored anyway.
      ...(isHttps
        ? []
        : [
            {
              source: "/:path*",
              has: [{ type: "header" as const, key: "x-forwarded-proto", value: "https" }],
              headers: [HSTS_HEADER],
            },
          ]),
      { source: "/api/:path*", headers: API_HEADERS },
    ];
  },
};

export default withNextIntl(nextConfig);
