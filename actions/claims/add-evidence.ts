"use server";

import { addEvidence, EvidenceInputSchema } from "@/lib/claims/add-evidence";
import { defineReviewAction } from "./run-review-verb";

export const addEvidenceAction = defineReviewAction({
  permission: "evidence.add",
  schema: EvidenceInputSchema,
  run: addEvidence,
});
