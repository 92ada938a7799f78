"use server";

import { requireActionActor } from "@/lib/auth/action-actor";
import { addEvidence } from "@/lib/claims/add-evidence";
import { getDb } from "@/lib/db/client";
import { field, runReviewVerb, type ReviewState } from "./run-review-verb";

export async function addEvidenceAction(_previous: ReviewState, form: FormData): Promise<ReviewState> {
  return runReviewVerb(form, async (claimId) =>
    addEvidence(getDb(), await requireActionActor("evidence.add"), {
      url: String(form.get("url") ?? ""),
      title: field(form, "title"),
      excerpt: field(form, "excerpt"),
      stance: String(form.get("stance")) as "supports",
      claimId,
    }),
  );
}
