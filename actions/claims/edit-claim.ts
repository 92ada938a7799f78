"use server";

import { requireActionActor } from "@/lib/auth/action-actor";
import { editClaim } from "@/lib/claims/edit-claim";
import { getDb } from "@/lib/db/client";
import { field, runReviewVerb, versionOf, type ReviewState } from "./run-review-verb";

export async function editClaimAction(_previous: ReviewState, form: FormData): Promise<ReviewState> {
  return runReviewVerb(form, async (id) =>
    editClaim(getDb(), await requireActionActor("claim.edit"), {
      text: field(form, "text"),
      label: field(form, "label"),
      version: versionOf(form),
      claimId: id,
    }),
  );
}
