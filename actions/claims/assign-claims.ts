"use server";

import { asActionError } from "@/actions/action-error";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActionActor } from "@/lib/auth/action-actor";
import { assignArticle, assignClaims } from "@/lib/claims/assign-claims";
import { getDb } from "@/lib/db/client";
import { refusalCode } from "@/lib/http/refusal-code";

/** Assigns one claim (claimId) or every claim of the article (no claimId) to the chosen reviewer. */
export async function assignAction(form: FormData): Promise<void> {
  const articleId = String(form.get("articleId") ?? "");
  const assigneeId = String(form.get("assigneeId") ?? "") || null;
  const claimId = String(form.get("claimId") ?? "");
  let query = "";
  try {
    const actor = await requireActionActor("claim.assign");
    if (claimId) await assignClaims(getDb(), actor, { claimIds: [claimId], assigneeId });
    else await assignArticle(getDb(), actor, { articleId, assigneeId });
    revalidatePath(`/articles/${articleId}`);
  } catch (thrown) {
    const error = asActionError(thrown);
    if (!error) throw thrown;
    query = `?assignError=${refusalCode(error)}`;
  }
  if (query) redirect(`/articles/${articleId}${query}`);
}
