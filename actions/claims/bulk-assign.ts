"use server";

import { requireActionActor } from "@/lib/auth/action-actor";
import { assignClaims } from "@/lib/claims/assign-claims";
import { assignMatchingClaims } from "@/lib/claims/assign-matching-claims";
import { getDb } from "@/lib/db/client";
import { matchingFilter, runBulkVerb, selection, type BulkState } from "./run-bulk-verb";

export async function bulkAssignAction(_previous: BulkState, form: FormData): Promise<BulkState> {
  return runBulkVerb(async () => {
    const actor = await requireActionActor("claim.assign");
    const assigneeId = String(form.get("assigneeId") ?? "") || null;
    const filter = matchingFilter(form);
    if (filter) return assignMatchingClaims(getDb(), actor, { assigneeId, filter });
    const ids = selection(form).map((c) => c.id);
    const { changed } = await assignClaims(getDb(), actor, { claimIds: ids, assigneeId });
    return { changed, skipped: 0 };
  });
}
