import { NextResponse } from "next/server";
import { assignClaims } from "@/lib/claims/assign-claims";
import { getDb } from "@/lib/db/client";
import { requireApiActor } from "@/lib/http/api-actor";
import { errorResponse } from "@/lib/http/json-response";
import { readJsonBody } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";

/** POST /api/claims/:id/assignee {assigneeId | null} — editors and admins. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireApiActor(request, "claim.assign");
    const body = (await readJsonBody(request, 4096)) as { assigneeId?: unknown };
    const assigneeId = typeof body?.assigneeId === "string" ? body.assigneeId : null;
    return NextResponse.json(await assignClaims(getDb(), actor, [(await params).id], assigneeId));
  } catch (error) {
    return errorResponse(error);
  }
}
