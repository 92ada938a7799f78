import { listArticleClaims } from "@/lib/articles/list-article-claims";
import { addClaim } from "@/lib/claims/add-claim";
import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";

export const dynamic = "force-dynamic";

/** POST /api/articles/:id/claims {start, end, label?} — a claim the extractor missed, anchored to those offsets */
export const POST = apiHandler<{ id: string }>(
  "claim.edit",
  async ({ actor, params, json }) => addClaim(getDb(), actor, { ...(await json()), articleId: params.id }),
  { status: 201 },
);

/** GET /api/articles/:id/claims?fromStart=N — the live claims as the review page's cards show them, from offset N on */
export const GET = apiHandler<{ id: string }>("article.read", async ({ actor, params, query }) =>
  listArticleClaims(getDb(), actor, params.id, { fromStart: query.fromStart }),
);
