"use server";

import { requireActionActor } from "@/lib/auth/action-actor";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { getDb } from "@/lib/db/client";
import { field, runReviewVerb, versionOf, type ReviewState } from "./run-review-verb";

export async function setStatusAction(_previous: ReviewState, form: FormData): Promise<ReviewState> {
  return runReviewVerb(form, async (claimId) =>
    setClaimStatus(getDb(), await requireActionActor("claim.setStatus"), {
      status: String(form.get("status")) as "true",
      reason: field(form, "reason"),
      version: versionOf(form),
      claimId,
    }),
  );
}
