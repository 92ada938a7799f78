"use server";

import { dismissClaimMatch, DismissClaimMatchSchema } from "@/lib/claims/dismiss-claim-match";
import { restoreClaimMatch, RestoreClaimMatchSchema } from "@/lib/claims/restore-claim-match";
import { defineReviewAction } from "./run-review-verb";

/** "Not the same claim" on a match of the claim card's "Seen before". */
export const dismissMatchAction = defineReviewAction({
  permission: "claim.edit",
  schema: DismissClaimMatchSchema,
  run: dismissClaimMatch,
});

/** Undoes it from the list of unlinked matches. */
export const restoreMatchAction = defineReviewAction({
  permission: "claim.edit",
  schema: RestoreClaimMatchSchema,
  run: restoreClaimMatch,
});
