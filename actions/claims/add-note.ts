"use server";

import { addNote, NoteInputSchema } from "@/lib/claims/add-note";
import { defineReviewAction } from "./run-review-verb";

export const addNoteAction = defineReviewAction({
  permission: "note.add",
  schema: NoteInputSchema,
  run: addNote,
});
