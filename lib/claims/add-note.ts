import { z } from "zod";
import { typedText } from "@/lib/input/typed-text";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { recordClaimEvent } from "./claim-events";
import { CLAIM_LIMITS } from "./claim-limits";
import { recordId } from "@/lib/input/record-id";
import { parseInput } from "@/lib/input/parse-input";

export const NoteInputSchema = z.object({
  claimId: recordId("claim"),
  body: typedText("Write the note first.")
    .min(1, "Write the note first.")
    .max(CLAIM_LIMITS.note, "Keep a note under 5,000 characters."),
  parentId: z.string().max(40).optional(),
});

/** Adds a note (a comment, optionally in reply to another on the same claim) and its event, in one transaction. */
export type AddNoteInput = z.input<typeof NoteInputSchema>;

export async function addNote(db: Db, actor: Actor, input: AddNoteInput): Promise<{ id: string }> {
  requirePermission(actor, "note.add");
  const { claimId, body, parentId } = parseInput(NoteInputSchema, input, "body");
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: { id: claimId, ...LIVE_CLAIM }, select: { id: true } });
    if (!claim) throw new AppError("not_found", "There is no such claim.", "id");
    if (parentId && !(await tx.note.findFirst({ where: { id: parentId, claimId }, select: { id: true } }))) {
      throw new AppError("invalid_input", "The note you reply to is not on this claim.", "parentId");
    }
    const note = await tx.note.create({
      data: { claimId, authorId: actor.id, body, parentId },
      select: { id: true },
    });
    await recordClaimEvent(tx, { claimId, actorId: actor.id, type: "note_added", to: note.id });
    return note;
  });
}
