import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { getEnv } from "./lib/env";
import { SECURITY_HEADERS } from "./lib/http/content-security-policy";

// Validate the environment at start: a bad DATABASE_URL fails here with a message, not at the first request.
getEnv();

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and WebAssembly database drivers load from node_modules at run time rather than being bundled.
  // PDFKit reads its font metrics and fontkit's tables from its own package folder.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "pdfkit"],
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default withNextIntl(nextConfig);
