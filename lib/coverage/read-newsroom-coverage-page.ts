import { listOutlets } from "@/lib/articles/list-outlets";
import { can, requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { parseFilter } from "@/lib/input/parse-input";
import { getNewsroomCoverage, NewsroomFilterSchema } from "./get-newsroom-coverage";
import { mostOftenRatedFalse } from "./sum-coverage";
import { countDismissedMatches } from "@/lib/claims/count-dismissed-matches";
import { listFigureDisagreements, listFigureDisagreementsInScope } from "@/lib/claims/list-figure-disagreements";
import { scopeChooses } from "@/lib/claims/claims-in-scope";
import type { MatchLanguage } from "@/lib/matching/match-key";

/**
 * Everything the newsroom coverage page (/coverage) renders, for one reader: the filter as understood (one it cannot
 * read is said in words, and the page shows the whole newsroom), the figures, the sources most often rated false, the
 * outlets to filter by, the newest figures that disagree between articles and how many matches desks unlinked as not
 * the same claim (those with a claim the filter chooses), and whether this reader may take the report away.
 */
export async function readNewsroomCoveragePage(
  db: Db,
  actor: Actor,
  query: Record<string, string | undefined>,
  language: MatchLanguage = "en",
) {
  requirePermission(actor, "article.read");
  const { filter, filterError } = parseFilter(NewsroomFilterSchema, query);
  const [coverage, outlets, disagreements, unlinked] = await Promise.all([
    getNewsroomCoverage(db, actor, filter),
    listOutlets(db, actor),
    scopeChooses(filter)
      ? listFigureDisagreementsInScope(db, actor, { language, scope: filter })
      : listFigureDisagreements(db, actor, { language }).then((pairs) => ({ pairs, walkedAll: true })),
    countDismissedMatches(db, actor, filter),
  ]);
  return {
    filter,
    filterError,
    coverage,
    outlets,
    flagged: mostOftenRatedFalse(coverage.sources),
    disagreements: disagreements.pairs,
    /** False when a large filter's list was read from the newest flagged links only (WALK_PAIRS). */
    disagreementsWalkedAll: disagreements.walkedAll,
    unlinked,
    /** Whether the filter chooses claims: the disagreements and unlinkings are then its own, else the archive's. */
    scoped: scopeChooses(filter),
    allowed: { export: can(actor, "claims.export") },
  };
}
