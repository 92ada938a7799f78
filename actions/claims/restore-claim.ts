"use server";

import { restoreClaim, RestoreClaimSchema } from "@/lib/claims/remove-claim";
import { defineReviewAction } from "./run-review-verb";

export const restoreClaimAction = defineReviewAction({
  permission: "claim.edit",
  schema: RestoreClaimSchema,
  run: restoreClaim,
});
