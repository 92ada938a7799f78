"use server";

import { defineRowAction } from "@/actions/back-to-list";
import { purgeArticle } from "@/lib/articles/purge-article";
import { ArticleRefSchema } from "@/lib/articles/restore-article";

/** Purges a deleted article after the confirmation that named it; the list says so (or why not). */
export const purgeArticleAction = defineRowAction({
  permission: "article.purge",
  schema: ArticleRefSchema,
  run: purgeArticle,
  list: "/admin/articles",
  notice: "purged",
});
