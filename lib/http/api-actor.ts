import { currentActor } from "@/lib/auth/current-actor";
import { requirePermission, type Action, type Actor } from "@/lib/auth/permissions";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

/**
 * For route handlers: the actor allowed to do `action`. A mutation authenticated by the session cookie must come
 * from our own origin (a forged cross-site form or fetch is refused); API tokens are not sent by browsers on their
 * own, so they need no origin.
 */
export async function requireApiActor(request: Request, action: Action): Promise<Actor> {
  const actor = await currentActor(request.headers);
  const usesCookie = !request.headers.get("authorization");
  if (usesCookie && request.method !== "GET" && request.method !== "HEAD" && !isOwnOrigin(request)) {
    throw new AppError("forbidden", "This request did not come from Claimtrack's own pages.");
  }
  return requirePermission(actor, action);
}

function isOwnOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true; // not a browser: browsers always send Origin on cross-site POSTs
  const own = new URL(request.url).origin;
  const configured = getEnv().CLAIMTRACK_URL;
  return origin === own || (configured !== undefined && origin === new URL(configured).origin);
}
