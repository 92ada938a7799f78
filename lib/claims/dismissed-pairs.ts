import type { Db, Tx } from "@/lib/db/client";
import { chunksOf } from "./match-candidates";

/** Ids per statement (SQLite takes a bounded number of values in one). */
export const IDS_PER_STATEMENT = 500;

/** A pair as it is stored: the smaller id first, so either side finds the one row. */
export const orderedPair = (a: string, b: string) => (a < b ? { claimId: a, otherId: b } : { claimId: b, otherId: a });

/** One pair as the set of dismissed pairs keeps it: either order of the two ids gives the same key. */
export const pairKey = (a: string, b: string) => {
  const { claimId, otherId } = orderedPair(a, b);
  return `${claimId} ${otherId}`;
};

/**
 * The pairs that a person said are not the same claim (ClaimLinkDismissal), among those with a claim of `claimIds`
 * on either side: matching leaves them unlinked. Read by the primary key and the index on the other side.
 */
export async function dismissedPairs(db: Db | Tx, claimIds: string[]): Promise<Set<string>> {
  const pairs = new Set<string>();
  for (const chunk of chunksOf([...new Set(claimIds)], IDS_PER_STATEMENT))
    for (const side of ["claimId", "otherId"] as const)
      for (const row of await db.claimLinkDismissal.findMany({
        where: { [side]: { in: chunk } },
        select: { claimId: true, otherId: true },
      }))
        pairs.add(pairKey(row.claimId, row.otherId));
  return pairs;
}

/**
 * A claim made of another's words (the half a split makes, the claim a merge keeps) is kept apart from what the other
 * was kept apart from: the same words would otherwise be linked again to a match a desk unlinked. The copies keep the
 * decision's reason, note, person and time; a pair already kept apart stays as it is.
 */
export async function carryDismissals(tx: Tx, fromId: string, toId: string): Promise<void> {
  const rows = await tx.claimLinkDismissal.findMany({ where: { OR: [{ claimId: fromId }, { otherId: fromId }] } });
  for (const row of rows) {
    const other = row.claimId === fromId ? row.otherId : row.claimId;
    if (other === toId) continue;
    const pair = orderedPair(other, toId);
    const { claimId: _claim, otherId: _other, ...decision } = row;
    await tx.claimLinkDismissal.upsert({
      where: { claimId_otherId: pair },
      create: { ...pair, ...decision },
      update: {},
    });
  }
}
