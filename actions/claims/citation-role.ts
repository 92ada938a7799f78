"use server";

import { requireActionActor } from "@/lib/auth/action-actor";
import { setCitationRole } from "@/lib/claims/change-citation";
import { getDb } from "@/lib/db/client";
import { field, runReviewVerb, type ReviewState } from "./run-review-verb";

export async function citationRoleAction(_previous: ReviewState, form: FormData): Promise<ReviewState> {
  return runReviewVerb(form, async (id) =>
    setCitationRole(getDb(), await requireActionActor("source.link"), {
      role: String(form.get("role")) as "relay",
      relayOfId: field(form, "relayOfId"),
      claimId: id,
      citationId: String(form.get("citationId") ?? ""),
    }),
  );
}
