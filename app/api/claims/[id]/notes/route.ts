import { NextResponse } from "next/server";
import { addNote } from "@/lib/claims/add-note";
import { getDb } from "@/lib/db/client";
import { requireApiActor } from "@/lib/api/api-actor";
import { errorResponse } from "@/lib/http/json-response";
import { readJsonBody } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";

/** POST /api/claims/:id/notes {body, parentId?} */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireApiActor(request, "note.add");
    const body = (await readJsonBody(request, 16 * 1024)) as Parameters<typeof addNote>[3];
    const result = await addNote(getDb(), actor, (await params).id, body);
    return NextResponse.json(result, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
