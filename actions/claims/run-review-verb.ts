import { asActionError } from "@/actions/action-error";
import { revalidatePath } from "next/cache";
import { readClaimSnapshot, type ClaimSnapshot } from "@/lib/claims/read-claim-snapshot";
import { getDb } from "@/lib/db/client";
import { localizeError } from "@/lib/i18n/localize-error";

export interface ReviewState {
  error?: string;
  /** Why it was refused, as a stable key the interface can act on ("overlap"). */
  reason?: string;
  done?: number;
  /** The claim's version after the change, when the verb changed the claim row. */
  version?: number;
  /** After a conflict: the claim as it is now — the version to re-apply on, and the text to compare with. */
  conflict?: ClaimSnapshot;
}

/** A form field's text, or undefined when it is missing or blank. */
export const field = (form: FormData, name: string): string | undefined => {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
};

/** The version to apply a change to: the one the form was rendered with, or the newer one after "re-apply". */
export const versionOf = (form: FormData): string => field(form, "reapplyVersion") ?? String(form.get("version"));

const versionIn = (result: unknown): number | undefined =>
  result && typeof result === "object" && "version" in result && typeof result.version === "number"
    ? result.version
    : undefined;

/**
 * Runs one review verb for the form's claim; the verb checks role and version itself. A domain refusal becomes the
 * message next to the form (with the claim as it is now after a conflict); anything else is a real error.
 */
export async function runReviewVerb(form: FormData, verb: (claimId: string) => Promise<unknown>): Promise<ReviewState> {
  const claimId = String(form.get("claimId") ?? "");
  try {
    const result = await verb(claimId);
    revalidatePath(`/articles/${String(form.get("articleId") ?? "")}`);
    return { done: Date.now(), version: versionIn(result) };
  } catch (thrown) {
    const error = asActionError(thrown);
    if (!error) throw thrown;
    const message = await localizeError(error);
    if (error.reason !== "stale") return { error: message, reason: error.reason };
    const current = await readClaimSnapshot(getDb(), claimId);
    return { error: message, conflict: current ?? undefined };
  }
}
