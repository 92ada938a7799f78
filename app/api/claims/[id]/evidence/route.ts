import { addEvidence, type AddEvidenceInput } from "@/lib/claims/add-evidence";
import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";

export const dynamic = "force-dynamic";

/** POST /api/claims/:id/evidence {url, title?, excerpt?, stance} */
export const POST = apiHandler<{ id: string }>(
  "evidence.add",
  async ({ actor, params, json }) =>
    addEvidence(getDb(), actor, { ...(await json<AddEvidenceInput>()), claimId: params.id }),
  { status: 201, maxBytes: 16 * 1024 },
);
