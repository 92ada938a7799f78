"use server";

import { carryOverVerdict, CarryOverVerdictSchema } from "@/lib/claims/carry-over-verdict";
import { defineReviewAction } from "./run-review-verb";

export const carryOverVerdictAction = defineReviewAction({
  permission: "claim.setStatus",
  schema: CarryOverVerdictSchema,
  run: carryOverVerdict,
});
