import { TZDate } from "@date-fns/tz";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { ArticlePageMetadata } from "@/lib/input/read-article-page";
import { readArticleUpload } from "@/lib/input/read-article-upload";
import { readArticleUrl } from "@/lib/input/read-article-url";
import { ArticleInputSchema } from "./article-input";

export interface ArticlePreview extends ArticlePageMetadata {
  url?: string;
  /** The publication's calendar day in the newsroom's time zone, for a date field (a date-time has no one day). */
  publishedDate?: string;
}

/**
 * What a page says about itself (title, outlet, byline, date, language), read from its URL or an uploaded HTML file
 * exactly as adding the article would read it, so the form can show it for checking before anything is stored.
 * Stores nothing; the actor must be allowed to add articles, since the server fetches what they type.
 */
export async function previewArticle(
  actor: Actor | null,
  source: { url?: unknown; file?: File },
  maxBytes: number,
): Promise<ArticlePreview> {
  requirePermission(actor, "article.preview");
  if (source.file && source.file.size > 0) {
    const upload = await readArticleUpload(source.file, maxBytes);
    return withDay({ ...upload.metadata, title: upload.metadata.title ?? upload.suggestedTitle });
  }
  const url = ArticleInputSchema.shape.url.safeParse(source.url);
  if (!url.success || !url.data)
    throw new AppError("invalid_input", "The URL must start with http:// or https://.", "url", "invalid");
  const { metadata, page } = await readArticleUrl(url.data, maxBytes);
  return withDay({ ...metadata, url: page.url });
}

function withDay(preview: ArticlePreview): ArticlePreview {
  const at = preview.publishedAt;
  if (!at) return preview;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(at)
    ? at
    : new TZDate(new Date(at), getEnv().CLAIMTRACK_TIME_ZONE).toISOString();
  return { ...preview, publishedDate: day.slice(0, 10) };
}
