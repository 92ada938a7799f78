"use server";

import { z } from "zod";
import { CitationRoleSchema, linkSource } from "@/lib/claims/link-source";
import { SourceTypeSchema } from "@/lib/extract";
import { recordId } from "@/lib/input/record-id";
import { findSourceIdByName } from "@/lib/sources/find-source-id-by-name";
import { defineReviewAction } from "./run-review-verb";

/**
 * The source tool's form: a name, which may or may not be in the registry, and — for a new source only — its type and
 * aliases. Its own schema, since the verb's names a registry id or a new source and the form cannot know which yet.
 */
const LinkSourceFormSchema = z.object({
  claimId: recordId("claim"),
  sourceName: z.string({ error: "Name the source." }).trim().min(1, "Name the source."),
  role: CitationRoleSchema.default("origin"),
  type: SourceTypeSchema.default("other"),
  aliases: z.string().default(""),
});

/**
 * Links the registry entry the typed name (or an alias of it) stands for, leaving the registry as it is; a name it
 * does not know becomes a new source with the form's type and aliases.
 */
export const linkSourceAction = defineReviewAction({
  permission: "source.link",
  schema: LinkSourceFormSchema,
  run: async (db, actor, { claimId, sourceName, role, type, aliases }) => {
    const sourceId = await findSourceIdByName(db, sourceName);
    if (sourceId) return linkSource(db, actor, { claimId, role, sourceId });
    const names = aliases
      .split(",")
      .map((alias) => alias.trim())
      .filter(Boolean);
    return linkSource(db, actor, { claimId, role, source: { name: sourceName, type, aliases: names } });
  },
});
