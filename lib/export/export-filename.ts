import type { Db } from "@/lib/db/client";
import { LIVE_ARTICLE } from "@/lib/db/live-article";

/** Long enough for a headline's first words, short enough that the day and the extension still show in a file list. */
const SLUG_MAX = 50;
/** Enough of an id's random end to tell apart articles of one title. */
const ID_SUFFIX = 6;
/** German letters as German writes them without umlauts; other accents fall off their letters (é → e). */
const SPELLED_OUT: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss", ẞ: "SS" };

/**
 * A title as a file name can carry it anywhere: `Südkorea, „Truppen“` → `suedkorea-truppen`. ASCII letters and digits
 * only, words joined by hyphens, cut at a word's end within `max` characters; "" when no letter of it is Latin.
 */
export function slugify(title: string, max = SLUG_MAX): string {
  const slug = title
    .normalize("NFC")
    .replace(/[äöüÄÖÜßẞ]/g, (letter) => SPELLED_OUT[letter]!)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  if (slug.length <= max) return slug;
  const wordEnd = slug.lastIndexOf("-", max);
  return slug.slice(0, wordEnd > 0 ? wordEnd : max);
}

export interface ExportNameParts {
  /** The one article exported, if the filters name one. */
  articleId?: string;
  /** The export's day in the newsroom's time zone, YYYY-MM-DD. */
  day: string;
  excel: boolean;
  extension: string;
}

/**
 * The download's name: `claims-<title>-<day>[-excel].<ext>` for one article, `claims-all-…` otherwise; the CSV for
 * Excel gets a name of its own so it does not replace the plain CSV in the downloads folder.
 */
export async function exportFilename(db: Db, { articleId, day, excel, extension }: ExportNameParts): Promise<string> {
  const subject = articleId ? await articleSlug(db, articleId) : "all";
  return `claims-${subject}-${day}${excel ? "-excel" : ""}.${extension}`;
}

/**
 * The article's title as a slug, followed by the end of its id when another article has the same title (a daily live
 * blog) or the title leaves nothing (Cyrillic, only quotes). Titles that differ only in punctuation or after the cut
 * still share a slug: finding them would mean reading every title. A deleted or unknown article's title is not told.
 */
async function articleSlug(db: Db, id: string): Promise<string> {
  const article = await db.article.findFirst({ where: { id, ...LIVE_ARTICLE }, select: { title: true } });
  const slug = article ? slugify(article.title) : "";
  if (article && slug) {
    const sameTitle = await db.article.count({ where: { title: article.title, id: { not: id }, ...LIVE_ARTICLE } });
    if (sameTitle === 0) return slug;
  }
  return `${slug || "article"}-${id.replace(/[^\w-]/g, "_").slice(-ID_SUFFIX)}`;
}
