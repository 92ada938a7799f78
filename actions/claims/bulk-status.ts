"use server";

import { requireActionActor } from "@/lib/auth/action-actor";
import { bulkSetStatus } from "@/lib/claims/bulk-set-status";
import { bulkSetStatusMatching } from "@/lib/claims/bulk-set-status-matching";
import { getDb } from "@/lib/db/client";
import { matchingFilter, runBulkVerb, selection, type BulkState } from "./run-bulk-verb";

export async function bulkStatusAction(_previous: BulkState, form: FormData): Promise<BulkState> {
  return runBulkVerb(async () => {
    const actor = await requireActionActor("claim.setStatus");
    const status = String(form.get("status")) as "true";
    const reason = String(form.get("reason") ?? "").trim() || undefined;
    const filter = matchingFilter(form);
    if (filter) return bulkSetStatusMatching(getDb(), actor, { status, reason, filter });
    const { changed, conflicts } = await bulkSetStatus(getDb(), actor, { status, reason, claims: selection(form) });
    return { changed, skipped: conflicts.length };
  });
}
