"use server";

import { requireActionActor } from "@/lib/auth/action-actor";
import { mergeClaims } from "@/lib/claims/merge-claims";
import { getDb } from "@/lib/db/client";
import { runReviewVerb, versionOf, type ReviewState } from "./run-review-verb";

export async function mergeClaimAction(_previous: ReviewState, form: FormData): Promise<ReviewState> {
  return runReviewVerb(form, async (id) =>
    mergeClaims(getDb(), await requireActionActor("claim.edit"), {
      version: versionOf(form),
      withId: String(form.get("withId") ?? ""),
      withVersion: String(form.get("withVersion") ?? ""),
      claimId: id,
    }),
  );
}
