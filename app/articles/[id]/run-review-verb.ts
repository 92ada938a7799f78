import { revalidatePath } from "next/cache";
import { claimVersion } from "@/lib/claims/claim-version";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export interface ReviewState {
  error?: string;
  done?: number;
  /** After a conflict: the claim's current version, to re-apply the same change on top of it. */
  conflict?: { version: number };
}

/** A form field's text, or undefined when it is missing or blank. */
export const field = (form: FormData, name: string): string | undefined => {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
};

/** The version to apply a change to: the one the form was rendered with, or the newer one after "re-apply". */
export const versionOf = (form: FormData): string => field(form, "reapplyVersion") ?? String(form.get("version"));

/**
 * Runs one review verb for the form's claim; the verb checks role and version itself. A domain refusal becomes the
 * message next to the form (with the current version after a conflict); anything else is a real error.
 */
export async function runReviewVerb(form: FormData, verb: (claimId: string) => Promise<unknown>): Promise<ReviewState> {
  const claimId = String(form.get("claimId") ?? "");
  try {
    await verb(claimId);
    revalidatePath(`/articles/${String(form.get("articleId") ?? "")}`);
    return { done: Date.now() };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code !== "conflict") return { error: error.message };
    const version = await claimVersion(getDb(), claimId);
    return { error: error.message, conflict: version ? { version } : undefined };
  }
}
