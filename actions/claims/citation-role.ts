"use server";

import { CitationRoleChangeSchema, setCitationRole } from "@/lib/claims/change-citation";
import { defineReviewAction } from "./run-review-verb";

export const citationRoleAction = defineReviewAction({
  permission: "source.link",
  schema: CitationRoleChangeSchema,
  run: setCitationRole,
});
