"use server";

import { mergeClaims, MergeClaimsSchema } from "@/lib/claims/merge-claims";
import { defineReviewAction } from "./run-review-verb";

export const mergeClaimAction = defineReviewAction({
  permission: "claim.edit",
  schema: MergeClaimsSchema,
  run: mergeClaims,
});
