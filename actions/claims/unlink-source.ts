"use server";

import { requireActionActor } from "@/lib/auth/action-actor";
import { unlinkSource } from "@/lib/claims/change-citation";
import { getDb } from "@/lib/db/client";
import { runReviewVerb, type ReviewState } from "./run-review-verb";

export async function unlinkSourceAction(_previous: ReviewState, form: FormData): Promise<ReviewState> {
  return runReviewVerb(form, async (id) =>
    unlinkSource(getDb(), await requireActionActor("source.link"), {
      claimId: id,
      citationId: String(form.get("citationId") ?? ""),
    }),
  );
}
