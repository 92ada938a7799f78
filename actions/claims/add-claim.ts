"use server";

import { requireActionActor } from "@/lib/auth/action-actor";
import { addClaim } from "@/lib/claims/add-claim";
import { getDb } from "@/lib/db/client";
import { runReviewVerb, type ReviewState } from "./run-review-verb";

export async function addClaimAction(_previous: ReviewState, form: FormData): Promise<ReviewState> {
  return runReviewVerb(form, async () =>
    addClaim(getDb(), await requireActionActor("claim.edit"), {
      start: String(form.get("start") ?? ""),
      end: String(form.get("end") ?? ""),
      articleId: String(form.get("articleId") ?? ""),
    }),
  );
}
