"use server";

import { removeClaim, RemoveClaimSchema } from "@/lib/claims/remove-claim";
import { defineReviewAction } from "./run-review-verb";

export const removeClaimAction = defineReviewAction({
  permission: "claim.edit",
  schema: RemoveClaimSchema,
  run: removeClaim,
});
