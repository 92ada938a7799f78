import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/input/parse-input";
import { getArticle, type ClaimView } from "./get-article";
import { requirePermission, type Actor } from "@/lib/auth/permissions";

const ListArticleClaimsSchema = z.object({
  fromStart: z.coerce
    .number({ error: "fromStart must be an offset into the article's text (a whole number from 0)." })
    .int("fromStart must be an offset into the article's text (a whole number from 0).")
    .min(0, "fromStart must be an offset into the article's text (a whole number from 0).")
    .default(0),
});

/**
 * An article's live claims as the review page shows them (cards), in text order, from an offset on. The review page
 * renders its first screenful of cards with the page and reads the rest here once it is in the browser.
 */
export async function listArticleClaims(
  db: Db,
  actor: Actor,
  articleId: string,
  input: { fromStart?: unknown },
): Promise<{ claims: ClaimView[] }> {
  requirePermission(actor, "article.read");
  const { fromStart } = parseInput(ListArticleClaimsSchema, input, "fromStart");
  const article = await getArticle(db, articleId, { fromStart });
  if (!article) throw new AppError("not_found", "There is no article with this id.", "id");
  return { claims: article.claims };
}
