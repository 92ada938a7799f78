"use server";

import { addClaim, AddClaimSchema } from "@/lib/claims/add-claim";
import { defineReviewAction } from "./run-review-verb";

export const addClaimAction = defineReviewAction({
  permission: "claim.edit",
  schema: AddClaimSchema,
  run: addClaim,
});
