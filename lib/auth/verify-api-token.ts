import { createHash } from "node:crypto";
import { getDb } from "@/lib/db/client";
import type { Actor } from "./permissions";
import { toRole } from "./roles";

export const API_TOKEN_PREFIX = "ctk_";

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The user behind an API token, with that user's current role; null for unknown, revoked or disabled. */
export async function actorFromApiToken(token: string): Promise<Actor | null> {
  if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return null;
  const db = getDb();
  const found = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      revokedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, banned: true } },
    },
  });
  if (!found || found.revokedAt || found.user.banned) return null;
  await db.apiToken.update({ where: { id: found.id }, data: { lastUsedAt: new Date() } });
  return {
    id: found.user.id,
    email: found.user.email,
    name: found.user.name,
    role: toRole(found.user.role),
    viaToken: true,
  };
}
