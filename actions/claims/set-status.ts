"use server";

import { setClaimStatus, SetClaimStatusSchema } from "@/lib/claims/set-claim-status";
import { defineReviewAction } from "./run-review-verb";

export const setStatusAction = defineReviewAction({
  permission: "claim.setStatus",
  schema: SetClaimStatusSchema,
  run: setClaimStatus,
});
