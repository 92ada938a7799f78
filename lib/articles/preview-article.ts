import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { ArticlePageMetadata } from "@/lib/input/read-article-page";
import { readArticleUpload } from "@/lib/input/read-article-upload";
import { readArticleUrl } from "@/lib/input/read-article-url";
import { ArticleInputSchema } from "./article-input";

export interface ArticlePreview extends ArticlePageMetadata {
  url?: string;
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
    return { ...upload.metadata, title: upload.metadata.title ?? upload.suggestedTitle };
  }
  const url = ArticleInputSchema.shape.url.safeParse(source.url);
  if (!url.success || !url.data)
    throw new AppError("invalid_input", "The URL must start with http:// or https://.", "url", "invalid");
  const { metadata, page } = await readArticleUrl(url.data, maxBytes);
  return { ...metadata, url: page.url };
}
