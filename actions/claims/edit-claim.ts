"use server";

import { editClaim, EditClaimSchema } from "@/lib/claims/edit-claim";
import { defineReviewAction } from "./run-review-verb";

export const editClaimAction = defineReviewAction({
  permission: "claim.edit",
  schema: EditClaimSchema,
  run: editClaim,
});
