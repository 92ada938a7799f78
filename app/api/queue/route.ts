import type { z } from "zod";
import { apiHandler } from "@/lib/api/api-handler";
import { listMyQueue } from "@/lib/claims/list-my-queue";
import { MyQueueResponseSchema } from "@/lib/claims/my-queue-schema";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/**
 * GET /api/queue → { claims }: the signed-in fact-checker's queue as /queue lists it — verdicts to check again
 * (`recheck`: their words changed; `verdictFromUnlinked`: carried over from a match since unlinked), then the claims
 * assigned to them that still need a verdict, the longest-waiting first. 403 for those who give no verdicts.
 */
export const GET = apiHandler(
  "claim.setStatus",
  async ({ actor }) => ({ claims: await listMyQueue(getDb(), actor) }) satisfies z.input<typeof MyQueueResponseSchema>,
  { response: MyQueueResponseSchema },
);
