"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActionActor } from "@/lib/auth/action-actor";
import { assignClaims } from "@/lib/claims/assign-claims";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Assigns one claim (claimId) or every claim of the article (no claimId) to the chosen reviewer. */
export async function assignAction(form: FormData): Promise<void> {
  const articleId = String(form.get("articleId") ?? "");
  const assigneeId = String(form.get("assigneeId") ?? "") || null;
  const claimId = String(form.get("claimId") ?? "");
  let query = "";
  try {
    const actor = await requireActionActor("claim.assign");
    const db = getDb();
    const ids = claimId
      ? [claimId]
      : (await db.claim.findMany({ where: { articleId, deletedAt: null }, select: { id: true } })).map((c) => c.id);
    await assignClaims(db, actor, ids, assigneeId);
    revalidatePath(`/articles/${articleId}`);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    query = `?assignError=${encodeURIComponent(error.message)}`;
  }
  if (query) redirect(`/articles/${articleId}${query}`);
}
