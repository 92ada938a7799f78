import { apiHandler } from "@/lib/api/api-handler";
import { dismissClaimMatch, type DismissClaimMatchSchema } from "@/lib/claims/dismiss-claim-match";
import { restoreClaimMatch } from "@/lib/claims/restore-claim-match";
import { getDb } from "@/lib/db/client";
import type { z } from "zod";

export const dynamic = "force-dynamic";

type Params = { id: string; otherId: string };

/**
 * POST /api/claims/:id/matches/:otherId/dismissal {reason: "different_fact" | "different_event" | "other", note?} —
 * "not the same claim": the link goes, both ways, and matching keeps the two apart; `waitsFor` names whose queue a
 * verdict carried over across the two now waits in. 400 when the other claim is not there or is of the same article,
 * 409 when someone already unlinked them (with who and why).
 */
export const POST = apiHandler<Params>(
  "claim.edit",
  async ({ actor, params, json }) =>
    dismissClaimMatch(getDb(), actor, {
      ...(await json<z.input<typeof DismissClaimMatchSchema>>()),
      claimId: params.id,
      otherId: params.otherId,
    }),
  // A note of 5,000 characters may take four bytes each: its own limit answers, not the body's.
  { maxBytes: 24 * 1024 },
);

/** DELETE /api/claims/:id/matches/:otherId/dismissal — undoes it; `linked` says whether their link is back. */
export const DELETE = apiHandler<Params>("claim.edit", async ({ actor, params }) =>
  restoreClaimMatch(getDb(), actor, { claimId: params.id, otherId: params.otherId }),
);
