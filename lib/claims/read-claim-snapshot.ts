import type { Db } from "@/lib/db/client";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { toClaimStatus, type ClaimStatus } from "./claim-status";

/** What a claim says now, for a refused change: the version to re-apply on, and "theirs" to compare with. */
export interface ClaimSnapshot {
  version: number;
  text: string;
  label: string;
  status: ClaimStatus;
}

/** A claim's current state (null when it is gone), to offer re-applying a refused change on top of it. */
export async function readClaimSnapshot(db: Db, claimId: string): Promise<ClaimSnapshot | null> {
  const claim = await db.claim.findFirst({
    where: { id: claimId, ...LIVE_CLAIM },
    select: { version: true, text: true, label: true, status: true },
  });
  return claim ? { ...claim, status: toClaimStatus(claim.status) } : null;
}
