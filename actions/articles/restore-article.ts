"use server";

import { defineRowAction } from "@/actions/back-to-list";
import { ArticleRefSchema, restoreArticle } from "@/lib/articles/restore-article";

/** One form per deleted article: brings it back; the list says so (or why not). */
export const restoreArticleAction = defineRowAction({
  permission: "article.restore",
  schema: ArticleRefSchema,
  run: restoreArticle,
  list: "/admin/articles",
  notice: "restored",
  revalidate: "/",
});
