import { ArticleListResponseSchema, IngestResponseSchema } from "@/lib/articles/article-api-schemas";
import { ingestArticle } from "@/lib/articles/ingest-article";
import { listArticles } from "@/lib/articles/list-articles";
import { readArticleRequest } from "@/lib/articles/read-article-request";
import { apiHandler } from "@/lib/api/api-handler";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { z } from "zod";

export const dynamic = "force-dynamic";

const PagingSchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  q: z.string().trim().max(200).optional(),
});

/** GET /api/articles?limit=&offset=&q= — newest first (q: words in title or outlet), claim counts, status summary. */
export const GET = apiHandler(
  "article.read",
  async ({ actor, query }) => {
    const params = PagingSchema.safeParse(query);
    if (!params.success)
      throw new AppError("invalid_input", "limit must be 1–200, offset 0 or more, q at most 200 characters.", "limit");
    const { limit, offset, q } = params.data;
    return listArticles(getDb(), actor, { take: limit, skip: offset, q });
  },
  { response: ArticleListResponseSchema },
);

/**
 * POST /api/articles — JSON, or the same multipart form (and file) as the page, with the same checks; 201 when
 * created, 200 with the existing one for a duplicate, 409 "same_url" for a revised page stored before (send it to
 * /api/articles/:id/versions, or again with ?asNewArticle=1).
 */
export const POST = apiHandler(
  "article.ingest",
  async ({ actor, request }) => {
    const { ARTICLE_MAX_BYTES } = getEnv();
    const input = await readArticleRequest(request, ARTICLE_MAX_BYTES);
    // A revised page at a stored URL is refused (409 same_url, with that article's id) unless ?asNewArticle=1.
    const asNewArticle = new URL(request.url).searchParams.get("asNewArticle") === "1";
    const result = await ingestArticle(getDb(), actor, input, {
      maxBytes: ARTICLE_MAX_BYTES,
      matching: "background",
      asNewArticle,
    });
    const article = { id: result.articleId, url: `/articles/${result.articleId}` };
    return result.status === "created"
      ? { status: "created" as const, article, claims: result.claims }
      : { status: "duplicate" as const, article };
  },
  { response: IngestResponseSchema, status: (result) => (result.status === "created" ? 201 : 200) },
);
