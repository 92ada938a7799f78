import { searchClaims } from "@/lib/claims/search-claims";
import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";

export const dynamic = "force-dynamic";

/**
 * GET /api/claims?q=&status=&kind=&sourcing=none|single|multiple&sourceId=&assignee=me|none|id&hedged=yes|no&page=
 * → { claims, total, moreThanTotal, page, pageSize }: counted up to 1,000 (or the page asked for); moreThanTotal when
 * more match.
 */
export const GET = apiHandler("article.read", async ({ actor, query }) => searchClaims(getDb(), actor, query));
