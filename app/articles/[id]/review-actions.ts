"use server";

import { requireActionActor } from "@/lib/auth/action-actor";
import { addEvidence } from "@/lib/claims/add-evidence";
import { addNote } from "@/lib/claims/add-note";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { getDb } from "@/lib/db/client";
import { field, runReviewVerb, versionOf, type ReviewState } from "./run-review-verb";

export async function setStatusAction(_previous: ReviewState, form: FormData): Promise<ReviewState> {
  return runReviewVerb(form, async (claimId) =>
    setClaimStatus(getDb(), await requireActionActor("claim.setStatus"), claimId, {
      status: String(form.get("status")) as "true",
      reason: field(form, "reason"),
      version: versionOf(form),
    }),
  );
}

export async function addNoteAction(_previous: ReviewState, form: FormData): Promise<ReviewState> {
  return runReviewVerb(form, async (claimId) =>
    addNote(getDb(), await requireActionActor("note.add"), claimId, {
      body: String(form.get("body") ?? ""),
      parentId: field(form, "parentId"),
    }),
  );
}

export async function addEvidenceAction(_previous: ReviewState, form: FormData): Promise<ReviewState> {
  return runReviewVerb(form, async (claimId) =>
    addEvidence(getDb(), await requireActionActor("evidence.add"), claimId, {
      url: String(form.get("url") ?? ""),
      title: field(form, "title"),
      excerpt: field(form, "excerpt"),
      stance: String(form.get("stance")) as "supports",
    }),
  );
}
