import { NextResponse } from "next/server";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { getDb } from "@/lib/db/client";
import { requireApiActor } from "@/lib/api/api-actor";
import { errorResponse } from "@/lib/http/json-response";
import { readJsonBody } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";

/** POST /api/claims/:id/status {status, reason?, version} — 409 with who changed what when the version is stale */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireApiActor(request, "claim.setStatus");
    const body = (await readJsonBody(request, 16 * 1024)) as Parameters<typeof setClaimStatus>[3];
    const result = await setClaimStatus(getDb(), actor, (await params).id, body);
    return NextResponse.json(result, { status: 200 });
  } catch (error) {
    return errorResponse(error);
  }
}
