"use server";

import { CitationRefSchema, unlinkSource } from "@/lib/claims/change-citation";
import { defineReviewAction } from "./run-review-verb";

export const unlinkSourceAction = defineReviewAction({
  permission: "source.link",
  schema: CitationRefSchema,
  run: unlinkSource,
});
