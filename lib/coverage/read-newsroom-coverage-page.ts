import { listOutlets } from "@/lib/articles/list-outlets";
import { can, requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { parseFilter } from "@/lib/input/parse-input";
import { getNewsroomCoverage, NewsroomFilterSchema } from "./get-newsroom-coverage";
import { mostOftenRatedFalse } from "./sum-coverage";
import { countDismissedMatches } from "@/lib/claims/count-dismissed-matches";
import { listFigureDisagreements } from "@/lib/claims/list-figure-disagreements";
import type { MatchLanguage } from "@/lib/matching/match-key";

/**
 * Everything the newsroom coverage page (/coverage) renders, for one reader: the filter as understood (one it cannot
 * read is said in words, and the page shows the whole newsroom), the figures, the sources most often rated false, the
 * outlets to filter by, the newest figures that disagree between articles, how many matches desks unlinked as not the
 * same claim (across the archive, whatever the filter), and whether this reader may take the report away.
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
    listFigureDisagreements(db, actor, { language }),
    countDismissedMatches(db, actor),
  ]);
  return {
    filter,
    filterError,
    coverage,
    outlets,
    flagged: mostOftenRatedFalse(coverage.sources),
    disagreements,
    unlinked,
    allowed: { export: can(actor, "claims.export") },
  };
}
