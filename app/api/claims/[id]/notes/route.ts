import { addNote, type AddNoteInput } from "@/lib/claims/add-note";
import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";

export const dynamic = "force-dynamic";

/** POST /api/claims/:id/notes {body, parentId?} */
export const POST = apiHandler<{ id: string }>(
  "note.add",
  async ({ actor, params, json }) => addNote(getDb(), actor, { ...(await json<AddNoteInput>()), claimId: params.id }),
  { status: 201, maxBytes: 16 * 1024 },
);
