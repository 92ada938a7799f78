"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/auth/action-actor";
import { assignClaims } from "@/lib/claims/assign-claims";
import { bulkSetStatus } from "@/lib/claims/bulk-set-status";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export interface BulkState {
  error?: string;
  result?: { changed: number; skipped: number; at: number };
}

/** The ticked rows: each box's value is "claimId:version", the version the person saw. */
const selection = (form: FormData) =>
  form
    .getAll("claim")
    .map(String)
    .map((value) => {
      const [id = "", version = ""] = value.split(":");
      return { id, version };
    });

async function run(verb: () => Promise<{ changed: number; skipped: number }>): Promise<BulkState> {
  try {
    const result = await verb();
    revalidatePath("/claims");
    return { result: { ...result, at: Date.now() } };
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
}

export async function bulkStatusAction(_previous: BulkState, form: FormData): Promise<BulkState> {
  return run(async () => {
    const actor = await requireActionActor("claim.setStatus");
    const { changed, conflicts } = await bulkSetStatus(getDb(), actor, {
      status: String(form.get("status")) as "true",
      reason: String(form.get("reason") ?? "").trim() || undefined,
      claims: selection(form),
    });
    return { changed, skipped: conflicts.length };
  });
}

export async function bulkAssignAction(_previous: BulkState, form: FormData): Promise<BulkState> {
  return run(async () => {
    const actor = await requireActionActor("claim.assign");
    const ids = selection(form).map((c) => c.id);
    const { changed } = await assignClaims(getDb(), actor, ids, String(form.get("assigneeId") ?? "") || null);
    return { changed, skipped: 0 };
  });
}
