import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy";
import { malformedActionPayload } from "@/lib/api/server-action-payload";

/**
 * A fresh nonce per page request: Next.js reads it from the Content-Security-Policy request header and puts it on
 * its own scripts, so no other inline script can run — not even one smuggled into an article.
 */
// Pages a stranger may open; everything else needs a session (which the page itself then verifies).
const PUBLIC_PAGES = new Set(["/login", "/setup", "/forbidden"]);

export async function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action")) {
    const problem = await malformedActionPayload(request);
    if (problem)
      return NextResponse.json({ error: { code: problem.code, message: problem.message } }, { status: problem.status });
  }
  // Optimistic: only whether a session cookie exists. Pages, actions and route handlers check the session and
  // role themselves; this just answers strangers with a real redirect before any page starts streaming.
  const path = request.nextUrl.pathname;
  if (!PUBLIC_PAGES.has(path) && !getSessionCookie(request)) {
    const login = new URL("/login", request.url);
    if (path !== "/") login.searchParams.set("next", path);
    return NextResponse.redirect(login);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|icon.svg).*)",
      // The router's own prefetches fetch RSC data, never a document. A browser's prefetch (Purpose: prefetch)
      // fetches the page a click may then show, so it gets the policy like any page.
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
