"use server";

import { requireActionActor } from "@/lib/auth/action-actor";
import { addNote } from "@/lib/claims/add-note";
import { getDb } from "@/lib/db/client";
import { field, runReviewVerb, type ReviewState } from "./run-review-verb";

export async function addNoteAction(_previous: ReviewState, form: FormData): Promise<ReviewState> {
  return runReviewVerb(form, async (claimId) =>
    addNote(getDb(), await requireActionActor("note.add"), {
      body: String(form.get("body") ?? ""),
      parentId: field(form, "parentId"),
      claimId,
    }),
  );
}
