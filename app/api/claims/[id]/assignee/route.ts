import { NextResponse } from "next/server";
import { z } from "zod";
import { assignClaims } from "@/lib/claims/assign-claims";
import { getDb } from "@/lib/db/client";
import { requireApiActor } from "@/lib/http/api-actor";
import { errorResponse } from "@/lib/http/json-response";
import { readJsonBody } from "@/lib/http/read-json-body";
import { parseInput } from "@/lib/input/parse-input";

// Unassigning is an explicit null: a body without the field is a mistake, not a request to unassign.
const AssigneeSchema = z.object(
  {
    assigneeId: z.union([z.string().max(40), z.null()], {
      error: "Say whom to assign: assigneeId, a user id (or null to unassign).",
    }),
  },
  { error: 'Send {"assigneeId": …} as a JSON object.' },
);

export const dynamic = "force-dynamic";

/** POST /api/claims/:id/assignee {assigneeId | null} — editors and admins. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireApiActor(request, "claim.assign");
    const { assigneeId } = parseInput(AssigneeSchema, await readJsonBody(request, 4096), "assigneeId");
    return NextResponse.json(await assignClaims(getDb(), actor, [(await params).id], assigneeId));
  } catch (error) {
    return errorResponse(error);
  }
}
