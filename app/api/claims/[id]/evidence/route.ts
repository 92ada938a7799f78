import { NextResponse } from "next/server";
import { addEvidence } from "@/lib/claims/add-evidence";
import { getDb } from "@/lib/db/client";
import { requireApiActor } from "@/lib/api/api-actor";
import { errorResponse } from "@/lib/http/json-response";
import { readJsonBody } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";

/** POST /api/claims/:id/evidence {url, title?, excerpt?, stance} */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireApiActor(request, "evidence.add");
    const body = (await readJsonBody(request, 16 * 1024)) as Parameters<typeof addEvidence>[3];
    const result = await addEvidence(getDb(), actor, (await params).id, body);
    return NextResponse.json(result, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
