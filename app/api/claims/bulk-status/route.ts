import { bulkSetStatus } from "@/lib/claims/bulk-set-status";
import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";

export const dynamic = "force-dynamic";

/** POST /api/claims/bulk-status {status, reason?, claims: [{id, version}]} — claims changed meanwhile are reported */
export const POST = apiHandler("claim.setStatus", async ({ actor, json }) =>
  bulkSetStatus(getDb(), actor, await json()),
);
