"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/auth/action-actor";
import { assignClaims } from "@/lib/claims/assign-claims";
import { assignMatchingClaims } from "@/lib/claims/assign-matching-claims";
import { bulkSetStatus } from "@/lib/claims/bulk-set-status";
import { bulkSetStatusMatching } from "@/lib/claims/bulk-set-status-matching";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { localizeError } from "@/lib/i18n/localize-error";

export interface BulkState {
  error?: string;
  /** `matched` is set for a change to all claims matching the filter: how many matched when it began. */
  result?: { changed: number; skipped: number; matched?: number; at: number };
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

/**
 * "All matching" sends the page's filter as its query string, never ids: the verb parses it with the page's own
 * schema and decides the set itself. The first value of a repeated name counts, as on the page.
 */
const matchingFilter = (form: FormData): Record<string, string> | null => {
  if (form.get("scope") !== "matching") return null;
  const params = new URLSearchParams(String(form.get("filter") ?? ""));
  return Object.fromEntries([...new Set(params.keys())].map((name) => [name, params.get(name) ?? ""]));
};

async function run(verb: () => Promise<{ changed: number; skipped: number; matched?: number }>): Promise<BulkState> {
  try {
    const result = await verb();
    revalidatePath("/claims");
    return { result: { ...result, at: Date.now() } };
  } catch (error) {
    if (error instanceof AppError) return { error: await localizeError(error) };
    throw error;
  }
}

export async function bulkStatusAction(_previous: BulkState, form: FormData): Promise<BulkState> {
  return run(async () => {
    const actor = await requireActionActor("claim.setStatus");
    const status = String(form.get("status")) as "true";
    const reason = String(form.get("reason") ?? "").trim() || undefined;
    const filter = matchingFilter(form);
    if (filter) return bulkSetStatusMatching(getDb(), actor, { status, reason, filter });
    const { changed, conflicts } = await bulkSetStatus(getDb(), actor, { status, reason, claims: selection(form) });
    return { changed, skipped: conflicts.length };
  });
}

export async function bulkAssignAction(_previous: BulkState, form: FormData): Promise<BulkState> {
  return run(async () => {
    const actor = await requireActionActor("claim.assign");
    const assigneeId = String(form.get("assigneeId") ?? "") || null;
    const filter = matchingFilter(form);
    if (filter) return assignMatchingClaims(getDb(), actor, { assigneeId, filter });
    const ids = selection(form).map((c) => c.id);
    const { changed } = await assignClaims(getDb(), actor, ids, assigneeId);
    return { changed, skipped: 0 };
  });
}
