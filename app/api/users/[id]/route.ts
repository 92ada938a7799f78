import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { requireApiActor } from "@/lib/api/api-actor";
import { errorResponse } from "@/lib/http/json-response";
import { readJsonBody } from "@/lib/http/read-json-body";
import { updateUserAccess, type UserAccessChange } from "@/lib/users/update-user-access";

export const dynamic = "force-dynamic";

/** PATCH /api/users/:id {role?, disabled?} — admins only. */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireApiActor(request, "user.manage");
    const change = (await readJsonBody(request, 4096)) as UserAccessChange;
    await updateUserAccess(getDb(), actor, (await params).id, change);
    return new NextResponse(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
