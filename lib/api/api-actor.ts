import { currentActor } from "@/lib/auth/current-actor";
import { requirePermission, type Action, type Actor } from "@/lib/auth/permissions";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

/**
 * For route handlers: the actor allowed to do `action`. A mutation that is not made with an API token (so with the
 * session cookie, whatever other Authorization header it carries) must come from our own origin: a forged
 * cross-site form or fetch is refused. API tokens are not sent by browsers on their own, so they need no origin.
 */
export async function requireApiActor(request: Request, action: Action): Promise<Actor> {
  const actor = await currentActor(request.headers);
  const isMutation = request.method !== "GET" && request.method !== "HEAD";
  if (isMutation && !actor?.viaToken && !isOwnOrigin(request.headers, getEnv().CLAIMTRACK_URL)) {
    throw new AppError("forbidden", "This request did not come from Claimtrack's own pages.");
  }
  return requirePermission(actor, action);
}

/**
 * Whether a request comes from our own pages: its Origin is the address people use (CLAIMTRACK_URL), or, where that
 * is not configured, the host the request was sent to. No Origin at all is a script, not a browser: browsers send
 * it on every cross-site POST — and say a request is cross-site in Sec-Fetch-Site.
 */
export function isOwnOrigin(headers: Headers, configuredUrl: string | undefined): boolean {
  if (headers.get("sec-fetch-site") === "cross-site") return false;
  const origin = headers.get("origin");
  if (!origin) return true;
  if (configuredUrl) return origin === new URL(configuredUrl).origin;
  const host = headers.get("host");
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
