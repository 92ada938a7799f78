import type { z } from "zod";
import { readClaimSnapshot, type ClaimSnapshot } from "@/lib/claims/read-claim-snapshot";
import type { Action, Actor } from "@/lib/auth/permissions";
import { getDb, type Db } from "@/lib/db/client";
import { defineFormAction, type FormState } from "@/actions/define-form-action";

/** What a review tool shows after its action: when it was done, or why not. */
interface ReviewDone {
  done: number;
  /** The claim's version after the change, when the verb changed the claim row. */
  version?: number;
  /** After a conflict: the claim as it is now — the version to re-apply on, and the text to compare with. */
  conflict?: ClaimSnapshot;
  /** Whose queue a verdict the change put in doubt now waits in (a match unlinked across a carried-over verdict). */
  waitsFor?: string[];
}
export type ReviewState = FormState<ReviewDone>;

const versionIn = (result: unknown): number | undefined =>
  result && typeof result === "object" && "version" in result && typeof result.version === "number"
    ? result.version
    : undefined;

const waitsForIn = (result: unknown): string[] | undefined =>
  result && typeof result === "object" && "waitsFor" in result && Array.isArray(result.waitsFor)
    ? result.waitsFor.filter((name): name is string => typeof name === "string")
    : undefined;

interface ReviewActionSpec<S extends z.ZodType> {
  permission: Action;
  schema: S;
  run: (db: Db, actor: Actor, input: z.output<S>) => Promise<unknown>;
}

/**
 * A review tool's action on one claim: the form names the claim (`claimId`), its article (`articleId`, re-rendered
 * after the change) and the version the person saw (after "re-apply", the newer one they have now looked at). The
 * verb checks role and version itself; after a conflict the answer carries the claim as it is now, so the person can
 * compare and re-apply.
 */
export function defineReviewAction<S extends z.ZodType>(spec: ReviewActionSpec<S>) {
  return defineFormAction<S, unknown, ReviewDone>({
    permission: spec.permission,
    schema: spec.schema,
    run: spec.run,
    revalidate: (form) => `/articles/${String(form.get("articleId") ?? "")}`,
    done: (result) => ({ done: Date.now(), version: versionIn(result), waitsFor: waitsForIn(result) }),
    refused: async (error, form) => {
      if (error.reason !== "stale") return {};
      const current = await readClaimSnapshot(getDb(), String(form.get("claimId") ?? ""));
      return { conflict: current ?? undefined };
    },
  });
}
