"use server";

import { linkSource, LinkSourceSchema } from "@/lib/claims/link-source";
import { defineReviewAction } from "./run-review-verb";

/**
 * Links the source named in the form: the registry entry that name (or an alias of it) stands for, or a new source
 * with the form's type and aliases (the verb finds before it creates, so nothing is registered twice).
 */
export const linkSourceAction = defineReviewAction({
  permission: "source.link",
  schema: LinkSourceSchema,
  fields: (form) => ({
    source: {
      name: form.get("sourceName") ?? undefined,
      type: form.get("type") || "other",
      aliases: String(form.get("aliases") ?? "")
        .split(",")
        .map((alias) => alias.trim())
        .filter(Boolean),
    },
  }),
  run: linkSource,
});
