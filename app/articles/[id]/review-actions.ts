"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/auth/action-actor";
import { addEvidence } from "@/lib/claims/add-evidence";
import { addNote } from "@/lib/claims/add-note";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export interface ReviewState {
  error?: string;
  done?: number;
}

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
};

/** Runs one review verb for the form's claim; the verb checks role and version itself. */
async function run(form: FormData, verb: (claimId: string) => Promise<unknown>): Promise<ReviewState> {
  try {
    await verb(String(form.get("claimId") ?? ""));
    revalidatePath(`/articles/${String(form.get("articleId") ?? "")}`);
    return { done: Date.now() };
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
}

export async function setStatusAction(_previous: ReviewState, form: FormData): Promise<ReviewState> {
  return run(form, async (claimId) =>
    setClaimStatus(getDb(), await requireActionActor("claim.setStatus"), claimId, {
      status: String(form.get("status")) as "true",
      reason: field(form, "reason"),
      version: String(form.get("version")),
    }),
  );
}

export async function addNoteAction(_previous: ReviewState, form: FormData): Promise<ReviewState> {
  return run(form, async (claimId) =>
    addNote(getDb(), await requireActionActor("note.add"), claimId, { body: String(form.get("body") ?? "") }),
  );
}

export async function addEvidenceAction(_previous: ReviewState, form: FormData): Promise<ReviewState> {
  return run(form, async (claimId) =>
    addEvidence(getDb(), await requireActionActor("evidence.add"), claimId, {
      url: String(form.get("url") ?? ""),
      title: field(form, "title"),
      stance: String(form.get("stance")) as "supports",
    }),
  );
}
