import type { Db } from "@/lib/db/client";

/** A claim's current version (null when it is gone), to offer re-applying a refused change on top of it. */
export async function claimVersion(db: Db, claimId: string): Promise<number | null> {
  const claim = await db.claim.findFirst({ where: { id: claimId, deletedAt: null }, select: { version: true } });
  return claim?.version ?? null;
}
