import { asActionError } from "@/actions/action-error";
import { revalidatePath } from "next/cache";
import { localizeError } from "@/lib/i18n/localize-error";

export interface BulkState {
  error?: string;
  /** `matched` is set for a change to all claims matching the filter: how many matched when it began. */
  result?: { changed: number; skipped: number; matched?: number; at: number };
}

/** The ticked rows: each box's value is "claimId:version", the version the person saw. */
export const selection = (form: FormData) =>
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
export const matchingFilter = (form: FormData): Record<string, string> | null => {
  if (form.get("scope") !== "matching") return null;
  const params = new URLSearchParams(String(form.get("filter") ?? ""));
  return Object.fromEntries([...new Set(params.keys())].map((name) => [name, params.get(name) ?? ""]));
};

/** Runs one bulk verb; a domain refusal becomes the message next to the bar, anything else is a real error. */
export async function runBulkVerb(
  verb: () => Promise<{ changed: number; skipped: number; matched?: number }>,
): Promise<BulkState> {
  try {
    const result = await verb();
    revalidatePath("/claims");
    return { result: { ...result, at: Date.now() } };
  } catch (thrown) {
    const error = asActionError(thrown);
    if (error) return { error: await localizeError(error) };
    throw thrown;
  }
}
