import { can, requirePermission, type Actor } from "@/lib/auth/permissions";
import { groupClaimsByMatch } from "@/lib/claims/group-claims-by-match";
import { ClaimFilterSchema, searchClaims } from "@/lib/claims/search-claims";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseFilter } from "@/lib/input/parse-input";
import { listCitedSources } from "@/lib/sources/list-sources";
import { listAssignees } from "@/lib/users/list-assignees";
import { listOutlets } from "./list-outlets";

/**
 * Everything the claims page (/claims) renders, for one reader: the filter as understood (a filter it cannot read is
 * said in words and the page shows the unfiltered first page), the matching claims (grouped by what they state when
 * the filter asks), the choices of its filter fields, and what this reader may do there.
 */
export async function readClaimsPage(db: Db, actor: Actor, query: Record<string, string | undefined>) {
  requirePermission(actor, "article.read");
  const { filter, filterError } = parseFilter(ClaimFilterSchema, query);
  const allowed = {
    review: can(actor, "claim.setStatus"),
    assign: can(actor, "claim.assign"),
    export: can(actor, "claims.export"),
  };
  const [found, sources, assignees, outlets] = await Promise.all([
    searchClaims(db, actor, filter).catch((error: unknown) => {
      if (error instanceof AppError) return null;
      throw error;
    }),
    listCitedSources(db, actor),
    allowed.assign ? listAssignees(db, actor) : undefined,
    listOutlets(db, actor),
  ]);
  const groups = found && filter.group === "match" ? await groupClaimsByMatch(db, actor, found.claims) : null;
  return { filter, filterError, found, groups, sources, assignees, outlets, allowed };
}
