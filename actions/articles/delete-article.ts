"use server";

import { redirect } from "next/navigation";
import { defineFormAction, type FormState } from "@/actions/define-form-action";
import { deleteArticle, DeleteArticleSchema } from "@/lib/articles/delete-article";

export type DeleteArticleState = FormState<object>;

/** Deletes the form's article (soft, with the reason given) and leads to the article list, which says so. */
export const deleteArticleAction = defineFormAction<typeof DeleteArticleSchema, unknown, object>({
  permission: "article.delete",
  schema: DeleteArticleSchema,
  // A blank reason is a reason not given, which the verb's schema says in words.
  fields: (form) => ({ articleId: form.get("articleId"), reason: form.get("reason") ?? undefined }),
  run: deleteArticle,
  revalidate: () => "/",
  done: () => redirect("/?deleted=1"),
});
