import type { Db, Tx } from "@/lib/db/client";
import { chunksOf } from "./match-candidates";

/** Ids per statement (SQLite takes a bounded number of values in one). */
const IDS_PER_STATEMENT = 500;

/** One pair as the set of dismissed pairs keeps it: either order of the two ids gives the same key. */
export const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

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
