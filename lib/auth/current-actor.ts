import { getAuth } from "./auth";
import type { Actor } from "./permissions";
import { toRole } from "./roles";
import { actorFromApiToken } from "./verify-api-token";

/**
 * Who is making this request: the holder of a valid API token (Authorization: Bearer …) or the signed-in user of
 * the session cookie. Disabled accounts are nobody — from the very next request. A session still on a one-time
 * password says so, and the permission check then allows nothing but choosing a password of one's own (a reset
 * revokes the account's API tokens, so none acts past it).
 */
export async function currentActor(headers: Headers): Promise<Actor | null> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.get("authorization") ?? "")?.[1];
  if (bearer) return actorFromApiToken(bearer);
  const session = await getAuth().api.getSession({ headers });
  const user = session?.user;
  if (!user || user.banned) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: toRole(user.role),
    mustChangePassword: user.mustChangePassword === true,
  };
}
