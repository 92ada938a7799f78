"use server";

import { splitClaim, SplitClaimSchema } from "@/lib/claims/split-claim";
import { defineReviewAction } from "./run-review-verb";

export const splitClaimAction = defineReviewAction({
  permission: "claim.edit",
  schema: SplitClaimSchema,
  run: splitClaim,
});
