import { ArticlePreviewResponseSchema } from "@/lib/articles/article-api-schemas";
import { previewArticle } from "@/lib/articles/preview-article";
import { apiHandler } from "@/lib/api/api-handler";
import { getEnv } from "@/lib/env";
import { articleRequestLimit, articleTooLarge } from "@/lib/input/article-size";
import { readFormBody } from "@/lib/http/read-form-body";
import { readJsonBody } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";

/**
 * POST /api/articles/preview — JSON `{url}`, or multipart with `url` or an HTML `file`: the page's title, outlet,
 * byline, date and language, for the add-article form to fill in before saving. Nothing is stored.
 */
export const POST = apiHandler(
  "article.preview",
  async ({ actor, request }) => {
    const { ARTICLE_MAX_BYTES } = getEnv();
    const limit = articleRequestLimit(ARTICLE_MAX_BYTES);
    const tooLarge = () => articleTooLarge(ARTICLE_MAX_BYTES, "file");
    let source: { url?: unknown; file?: File };
    if (/^multipart\/form-data/i.test(request.headers.get("content-type") ?? "")) {
      const form = await readFormBody(request, limit, tooLarge);
      const file = form.get("file");
      source = { url: form.get("url") ?? undefined, file: file instanceof File ? file : undefined };
    } else {
      const body = await readJsonBody(request, limit, tooLarge);
      source = { url: (body as { url?: unknown } | null)?.url };
    }
    return previewArticle(actor, source, ARTICLE_MAX_BYTES);
  },
  { response: ArticlePreviewResponseSchema },
);
