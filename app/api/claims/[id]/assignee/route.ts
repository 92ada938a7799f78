import { AssigneeInputSchema, assignClaims } from "@/lib/claims/assign-claims";
import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";
import { parseInput } from "@/lib/input/parse-input";

export const dynamic = "force-dynamic";

/** POST /api/claims/:id/assignee {assigneeId | null} — editors and admins. */
export const POST = apiHandler<{ id: string }>("claim.assign", async ({ actor, params, json }) => {
  const { assigneeId } = parseInput(AssigneeInputSchema, await json(), "assigneeId");
  return assignClaims(getDb(), actor, { claimIds: [params.id], assigneeId });
});
