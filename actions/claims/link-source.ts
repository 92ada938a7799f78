"use server";

import { requireActionActor } from "@/lib/auth/action-actor";
import { linkSource } from "@/lib/claims/link-source";
import { getDb } from "@/lib/db/client";
import { findSourceIdByName } from "@/lib/sources/find-source-id-by-name";
import { field, runReviewVerb, type ReviewState } from "./run-review-verb";

/** Links the source named in the form: a registry entry by that name, or a new source with the type and aliases. */
export async function linkSourceAction(_previous: ReviewState, form: FormData): Promise<ReviewState> {
  return runReviewVerb(form, async (id) => {
    const actor = await requireActionActor("source.link");
    const name = field(form, "sourceName") ?? "";
    const sourceId = await findSourceIdByName(getDb(), name);
    const role = form.get("role") === "relay" ? "relay" : "origin";
    const aliases = (field(form, "aliases") ?? "")
      .split(",")
      .map((a) => a.trim())
      .filter(Boolean);
    return linkSource(getDb(), actor, {
      ...(sourceId
        ? { sourceId, role }
        : { source: { name, type: String(form.get("type") ?? "other") as "other", aliases }, role }),
      claimId: id,
    });
  });
}
