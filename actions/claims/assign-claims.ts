"use server";

import { redirect } from "next/navigation";
import { defineFormAction, formFields } from "@/actions/define-form-action";
import { AssignArticleSchema, assignArticle, assignClaims } from "@/lib/claims/assign-claims";
import { refusalCode } from "@/lib/http/refusal-code";
import { recordId } from "@/lib/input/record-id";

const articlePage = (form: FormData) => `/articles/${String(form.get("articleId") ?? "")}`;

/** The article's assign form: one claim (with `claimId`) or all of the article's claims. */
const AssignFormSchema = AssignArticleSchema.extend({ claimId: recordId("claim").optional() });

const assign = defineFormAction<typeof AssignFormSchema, unknown, object>({
  permission: "claim.assign",
  schema: AssignFormSchema,
  // "Nobody" is the empty choice: unassigning is an explicit null.
  fields: (form) => ({ ...formFields(form), assigneeId: form.get("assigneeId") || null }),
  run: (db, actor, { articleId, claimId, assigneeId }) =>
    claimId
      ? assignClaims(db, actor, { claimIds: [claimId], assigneeId })
      : assignArticle(db, actor, { articleId, assigneeId }),
  revalidate: articlePage,
  done: () => ({}),
  refused: async (error, form) => redirect(`${articlePage(form)}?assignError=${refusalCode(error)}`),
});

/** Assigns one claim (claimId) or every claim of the article (no claimId) to the chosen reviewer. */
export async function assignAction(form: FormData): Promise<void> {
  await assign({}, form);
}
