import { z } from "zod";
import type { FormState } from "@/actions/define-form-action";

/** What the bulk bar shows: how many changed and were skipped (and, for "all matching", how many matched). */
export type BulkState = FormState<{ result: { changed: number; skipped: number; matched?: number; at: number } }>;

/** The two targets of a bulk change: the ticked rows, or every claim the page's filter matches. */
export const BULK_SCOPES = ["selected", "matching"] as const;

/** The page's filter as the bulk form sends it (the verb parses it with the claims page's own schema). */
export const MatchingFilterSchema = z.record(z.string(), z.string());

/**
 * The bulk form as its verbs' input: the ticked rows (each box's value is "claimId:version", the version the person
 * saw), or — for "all matching" — the page's filter, sent as its query string and never as ids, so the verb decides
 * the set itself. The first value of a repeated name counts, as on the page.
 */
export function bulkTarget(form: FormData): Record<string, unknown> {
  if (form.get("scope") !== "matching") {
    const claims = form.getAll("claim").map((value) => {
      const [id = "", version = ""] = String(value).split(":");
      return { id, version };
    });
    return { scope: "selected", claims };
  }
  const params = new URLSearchParams(String(form.get("filter") ?? ""));
  const filter = Object.fromEntries([...new Set(params.keys())].map((name) => [name, params.get(name) ?? ""]));
  return { scope: "matching", filter };
}

/** A bulk verb's result as the bar shows it, stamped so two equal results in a row still show as new. */
export const bulkDone = (result: { changed: number; skipped: number; matched?: number }) => ({
  result: { ...result, at: Date.now() },
});
