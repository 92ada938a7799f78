"use server";

import { requireActionActor } from "@/lib/auth/action-actor";
import { splitClaim } from "@/lib/claims/split-claim";
import { getDb } from "@/lib/db/client";
import { runReviewVerb, versionOf, type ReviewState } from "./run-review-verb";

export async function splitClaimAction(_previous: ReviewState, form: FormData): Promise<ReviewState> {
  return runReviewVerb(form, async (id) =>
    splitClaim(getDb(), await requireActionActor("claim.edit"), {
      at: String(form.get("at") ?? ""),
      version: versionOf(form),
      claimId: id,
    }),
  );
}
