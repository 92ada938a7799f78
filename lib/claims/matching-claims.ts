import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma-sqlite/client";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/input/parse-input";
import { claimWhere, ClaimFilterSchema } from "./search-claims";

/** The most claims one "all matching" change touches; above it the person is asked to narrow the filter. */
export const MATCHING_MAX = 10_000;
/** Claims per transaction: short enough that other writers (SQLite has one write lock) are kept waiting briefly. */
export const MATCHING_BATCH = 200;

export interface MatchingResult {
  /** How many claims matched when the change began. */
  matched: number;
  changed: number;
  /** Claims someone else changed between our read and our write: left as they are. */
  skipped: number;
}

/**
 * Applies `change` to every claim the claims page's filter matches, a batch of ids at a time, each batch in its own
 * transaction (with its audit events). The filter arrives as the page's query string and is parsed with the page's
 * own schema: the set is decided here, never by a list of ids from the browser. Claims are walked in id order, so a
 * claim the change moves out of the filter is not met twice. If a batch fails after others were written, the error
 * says how many were changed, so nobody has to guess what happened.
 */
export async function changeMatchingClaims(
  db: Db,
  actor: Actor,
  filter: unknown,
  /**
   * Writes one batch. `stillMatching` is the filter's condition: the change reads its claims through it after holding
   * them, so a claim someone else moved out of the filter meanwhile (set to another status, assigned) is skipped, not
   * overwritten.
   */
  change: (
    tx: Tx,
    ids: string[],
    stillMatching: Prisma.ClaimWhereInput,
  ) => Promise<{ changed: number; skipped: number }>,
): Promise<MatchingResult> {
  const where = await claimWhere(db, actor, parseInput(ClaimFilterSchema, filter, "filter"));
  const matched = await db.claim.count({ where });
  if (matched === 0) throw new AppError("invalid_input", "No claim matches the filter.", "filter", "matching_none");
  if (matched > MATCHING_MAX) {
    const count = (n: number) => n.toLocaleString("en");
    throw new AppError(
      "invalid_input",
      `${count(matched)} claims match; a change to all matching claims takes at most ${count(MATCHING_MAX)}. Narrow the filter first.`,
      "filter",
      "matching_too_many",
      { matched: String(matched), max: String(MATCHING_MAX) },
    );
  }
  const result = { matched, changed: 0, skipped: 0 };
  let seen = 0;
  let after = "";
  // Claims that begin to match while this runs (someone else's change) may be met too, but never past the cap.
  while (seen < MATCHING_MAX) {
    try {
      const batch = await db.$transaction(
        async (tx) => {
          const ids = (
            await tx.claim.findMany({
              where: { AND: [where, { id: { gt: after } }] },
              orderBy: { id: "asc" },
              take: Math.min(MATCHING_BATCH, MATCHING_MAX - seen),
              select: { id: true },
            })
          ).map((c) => c.id);
          return { ids, ...(ids.length ? await change(tx, ids, where) : { changed: 0, skipped: 0 }) };
        },
        // Prisma's default of 5 s is short for a batch of writes on a busy machine.
        { timeout: 30_000 },
      );
      if (batch.ids.length === 0) break;
      seen += batch.ids.length;
      after = batch.ids.at(-1)!;
      result.changed += batch.changed;
      result.skipped += batch.skipped;
    } catch (error) {
      if (result.changed === 0) throw error;
      console.error(error);
      throw new AppError(
        "unavailable",
        `${result.changed} of ${matched} matching claims were changed, then the change stopped on an error. Run it again for the rest.`,
        "filter",
        "matching_partial",
        { changed: String(result.changed), matched: String(matched) },
      );
    }
  }
  return result;
}
