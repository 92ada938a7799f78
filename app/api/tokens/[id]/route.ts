import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { requireApiActor } from "@/lib/api/api-actor";
import { errorResponse } from "@/lib/http/json-response";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";

export const dynamic = "force-dynamic";

/** DELETE /api/tokens/:id — revokes one of the caller's tokens. */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireApiActor(request, "token.manage");
    await revokeApiToken(getDb(), actor, (await params).id);
    return new NextResponse(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
