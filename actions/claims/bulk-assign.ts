"use server";

import { z } from "zod";
import { defineFormAction, formFields } from "@/actions/define-form-action";
import { AssigneeInputSchema, assignClaims } from "@/lib/claims/assign-claims";
import { assignMatchingClaims } from "@/lib/claims/assign-matching-claims";
import { bulkDone, bulkTarget, MatchingFilterSchema } from "./run-bulk-verb";

const BulkAssignFormSchema = z.discriminatedUnion("scope", [
  AssigneeInputSchema.extend({
    scope: z.literal("selected"),
    claims: z.array(z.object({ id: z.string() })),
  }),
  AssigneeInputSchema.extend({ scope: z.literal("matching"), filter: MatchingFilterSchema }),
]);

/** Assigns the ticked claims, or every claim the page's filter matches, to a reviewer (or to nobody). */
export const bulkAssignAction = defineFormAction({
  permission: "claim.assign",
  schema: BulkAssignFormSchema,
  // "Nobody" is the empty choice: unassigning is an explicit null.
  fields: (form) => ({ ...formFields(form), assigneeId: form.get("assigneeId") || null, ...bulkTarget(form) }),
  run: async (db, actor, input) => {
    if (input.scope === "matching") return assignMatchingClaims(db, actor, input);
    const { changed } = await assignClaims(db, actor, {
      claimIds: input.claims.map((c) => c.id),
      assigneeId: input.assigneeId,
    });
    return { changed, skipped: 0 };
  },
  revalidate: () => "/claims",
  done: bulkDone,
});
