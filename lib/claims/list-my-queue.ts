import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { toClaimStatus, type ClaimStatus } from "./claim-status";

export interface QueueItem {
  claimId: string;
  label: string;
  text: string;
  status: ClaimStatus;
  assignedAt: Date | null;
  article: { id: string; title: string; language: string };
}

const OPEN_STATUSES = ["unverified", "in_progress"];

/** The claims assigned to me that still need a verdict, across articles, the longest-waiting first. */
export async function listMyQueue(db: Db, actor: Actor): Promise<QueueItem[]> {
  requirePermission(actor, "claim.setStatus");
  const claims = await db.claim.findMany({
    where: { assigneeId: actor.id, ...LIVE_CLAIM, status: { in: OPEN_STATUSES } },
    orderBy: [{ assignedAt: "asc" }, { position: "asc" }],
    take: 500,
    select: {
      id: true,
      label: true,
      text: true,
      status: true,
      assignedAt: true,
      article: { select: { id: true, title: true, language: true } },
    },
  });
  return claims.map((c) => ({
    claimId: c.id,
    label: c.label,
    text: c.text,
    status: toClaimStatus(c.status),
    assignedAt: c.assignedAt,
    article: c.article,
  }));
}
