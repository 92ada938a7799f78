"use server";

import { z } from "zod";
import { defineFormAction, formFields } from "@/actions/define-form-action";
import { bulkSetStatus, BulkStatusSchema } from "@/lib/claims/bulk-set-status";
import { bulkSetStatusMatching, MatchingStatusSchema } from "@/lib/claims/bulk-set-status-matching";
import { bulkDone, bulkTarget, MatchingFilterSchema } from "./run-bulk-verb";

const BulkStatusFormSchema = z.discriminatedUnion("scope", [
  BulkStatusSchema.extend({ scope: z.literal("selected") }),
  MatchingStatusSchema.extend({ scope: z.literal("matching"), filter: MatchingFilterSchema }),
]);

/** One status for the ticked claims, or for every claim the page's filter matches. */
export const bulkStatusAction = defineFormAction({
  permission: "claim.setStatus",
  schema: BulkStatusFormSchema,
  fields: (form) => ({ ...formFields(form), ...bulkTarget(form) }),
  run: async (db, actor, input) => {
    if (input.scope === "matching") return bulkSetStatusMatching(db, actor, input);
    const { changed, conflicts } = await bulkSetStatus(db, actor, input);
    return { changed, skipped: conflicts.length };
  },
  revalidate: () => "/claims",
  done: bulkDone,
});
