import { NewVersionResponseSchema, VersionListResponseSchema } from "@/lib/articles/article-api-schemas";
import { addArticleVersion } from "@/lib/articles/add-article-version";
import { listArticleVersions } from "@/lib/articles/list-article-versions";
import { readArticleRequest } from "@/lib/articles/read-article-request";
import { apiHandler } from "@/lib/api/api-handler";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

/** GET /api/articles/:id/versions — every version, newest first, and how the claims fared in each */
export const GET = apiHandler<{ id: string }>(
  "article.read",
  async ({ actor, params }) => listArticleVersions(getDb(), actor, params.id),
  { response: VersionListResponseSchema },
);

/**
 * POST /api/articles/:id/versions — a new version: its text (JSON {body, title?} or the upload form), or `{}` to fetch
 * the article's URL again. 201 with how the claims fared; 200 "unchanged" when the text is the same.
 */
export const POST = apiHandler<{ id: string }, typeof NewVersionResponseSchema>(
  "article.ingest",
  async ({ actor, params, request }) => {
    const { ARTICLE_MAX_BYTES } = getEnv();
    const { body, title } = await readArticleRequest(request, ARTICLE_MAX_BYTES);
    const result = await addArticleVersion(
      getDb(),
      actor,
      { articleId: params.id, body, title },
      { maxBytes: ARTICLE_MAX_BYTES, matching: "background" },
    );
    return { ...result, article: { id: result.articleId, url: `/articles/${result.articleId}` } };
  },
  {
    response: NewVersionResponseSchema,
    status: (result) => (result.status === "added" ? 201 : 200),
  },
);
