"use server";

import { requireActionActor } from "@/lib/auth/action-actor";
import { addClaim } from "@/lib/claims/add-claim";
import { setCitationRole, unlinkSource } from "@/lib/claims/change-citation";
import { editClaim } from "@/lib/claims/edit-claim";
import { linkSource } from "@/lib/claims/link-source";
import { mergeClaims } from "@/lib/claims/merge-claims";
import { removeClaim, restoreClaim } from "@/lib/claims/remove-claim";
import { splitClaim } from "@/lib/claims/split-claim";
import { getDb } from "@/lib/db/client";
import { findSourceIdByName } from "@/lib/sources/find-source-id-by-name";
import { field, runReviewVerb, versionOf, type ReviewState } from "./run-review-verb";

type Action = (previous: ReviewState, form: FormData) => Promise<ReviewState>;

export const editClaimAction: Action = async (_p, form) =>
  runReviewVerb(form, async (id) =>
    editClaim(getDb(), await requireActionActor("claim.edit"), id, {
      text: field(form, "text"),
      label: field(form, "label"),
      version: versionOf(form),
    }),
  );

export const splitClaimAction: Action = async (_p, form) =>
  runReviewVerb(form, async (id) =>
    splitClaim(getDb(), await requireActionActor("claim.edit"), id, {
      at: String(form.get("at") ?? ""),
      version: versionOf(form),
    }),
  );

export const mergeClaimAction: Action = async (_p, form) =>
  runReviewVerb(form, async (id) =>
    mergeClaims(getDb(), await requireActionActor("claim.edit"), id, {
      version: versionOf(form),
      withId: String(form.get("withId") ?? ""),
      withVersion: String(form.get("withVersion") ?? ""),
    }),
  );

export const removeClaimAction: Action = async (_p, form) =>
  runReviewVerb(form, async (id) =>
    removeClaim(getDb(), await requireActionActor("claim.edit"), id, {
      version: versionOf(form),
      reason: field(form, "reason"),
    }),
  );

export const restoreClaimAction: Action = async (_p, form) =>
  runReviewVerb(form, async (id) =>
    restoreClaim(getDb(), await requireActionActor("claim.edit"), id, {
      version: versionOf(form),
      allowOverlap: form.get("allowOverlap") === "true",
    }),
  );

export const addClaimAction: Action = async (_p, form) =>
  runReviewVerb(form, async () =>
    addClaim(getDb(), await requireActionActor("claim.edit"), String(form.get("articleId") ?? ""), {
      start: String(form.get("start") ?? ""),
      end: String(form.get("end") ?? ""),
    }),
  );

/** Links the source named in the form: a registry entry by that name, or a new source with the type and aliases. */
export const linkSourceAction: Action = async (_p, form) =>
  runReviewVerb(form, async (id) => {
    const actor = await requireActionActor("source.link");
    const name = field(form, "sourceName") ?? "";
    const sourceId = await findSourceIdByName(getDb(), name);
    const role = form.get("role") === "relay" ? "relay" : "origin";
    const aliases = (field(form, "aliases") ?? "")
      .split(",")
      .map((a) => a.trim())
      .filter(Boolean);
    return linkSource(
      getDb(),
      actor,
      id,
      sourceId
        ? { sourceId, role }
        : { source: { name, type: String(form.get("type") ?? "other") as "other", aliases }, role },
    );
  });

export const unlinkSourceAction: Action = async (_p, form) =>
  runReviewVerb(form, async (id) =>
    unlinkSource(getDb(), await requireActionActor("source.link"), id, String(form.get("citationId") ?? "")),
  );

export const citationRoleAction: Action = async (_p, form) =>
  runReviewVerb(form, async (id) =>
    setCitationRole(getDb(), await requireActionActor("source.link"), id, String(form.get("citationId") ?? ""), {
      role: String(form.get("role")) as "relay",
      relayOfId: field(form, "relayOfId"),
    }),
  );
