"use server";

import { requireActionActor } from "@/lib/auth/action-actor";
import { removeClaim } from "@/lib/claims/remove-claim";
import { getDb } from "@/lib/db/client";
import { field, runReviewVerb, versionOf, type ReviewState } from "./run-review-verb";

export async function removeClaimAction(_previous: ReviewState, form: FormData): Promise<ReviewState> {
  return runReviewVerb(form, async (id) =>
    removeClaim(getDb(), await requireActionActor("claim.edit"), {
      version: versionOf(form),
      reason: field(form, "reason"),
      claimId: id,
    }),
  );
}
