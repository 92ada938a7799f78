"use server";

import { requireActionActor } from "@/lib/auth/action-actor";
import { restoreClaim } from "@/lib/claims/remove-claim";
import { getDb } from "@/lib/db/client";
import { runReviewVerb, versionOf, type ReviewState } from "./run-review-verb";

export async function restoreClaimAction(_previous: ReviewState, form: FormData): Promise<ReviewState> {
  return runReviewVerb(form, async (id) =>
    restoreClaim(getDb(), await requireActionActor("claim.edit"), {
      version: versionOf(form),
      allowOverlap: form.get("allowOverlap") === "true",
      claimId: id,
    }),
  );
}
