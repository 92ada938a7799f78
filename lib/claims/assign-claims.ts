import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { lockClaims, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { recordClaimEvents } from "./claim-events";
import { recordId } from "@/lib/input/record-id";
import { parseInput } from "@/lib/input/parse-input";

/** The API's body: unassigning is an explicit null, so a body without the field is a mistake, not an unassign. */
export const AssigneeInputSchema = z.object({
  assigneeId: z.union([z.string().max(40), z.null()], {
    error: "Say whom to assign: assigneeId, a user id (or null to unassign).",
  }),
});

const REVIEWER_ROLES = ["admin", "editor", "factchecker"];
const MAX_CLAIMS = 5_000;

export const AssignClaimsSchema = AssigneeInputSchema.extend({
  claimIds: z.array(recordId("claim")).min(1, "Choose the claims to assign.").max(MAX_CLAIMS, "Choose fewer claims."),
});
export const AssignArticleSchema = AssigneeInputSchema.extend({ articleId: recordId("article") });

/**
 * Assigns claims (one, or a whole article's) to a reviewer, or unassigns them with null. Each claim that changes
 * gets its "assigned" event in the same transaction. Assignment does not bump the claim's version: it must not
 * turn a reviewer's pending status change into a conflict.
 */
export async function assignClaims(
  db: Db,
  actor: Actor,
  input: z.input<typeof AssignClaimsSchema>,
): Promise<{ changed: number }> {
  requirePermission(actor, "claim.assign");
  const { claimIds, assigneeId } = parseInput(AssignClaimsSchema, input, "claimIds");
  await requireAssignee(db, assigneeId);
  return db.$transaction(async (tx) => {
    // In id order, as every change of several claims takes them (in the order a scan met them, an assignment crossed
    // a new version in a deadlock); and before their assignees are read, so each event names the one it replaced.
    await lockClaims(db, tx, claimIds);
    const claims = await tx.claim.findMany({
      where: { id: { in: claimIds }, ...LIVE_CLAIM },
      select: { id: true, assigneeId: true },
    });
    if (claims.length === 0) throw new AppError("not_found", "There are no such claims.", "claimIds");
    const moving = claims.filter((c) => c.assigneeId !== assigneeId);
    if (moving.length === 0) return { changed: 0 };
    await tx.claim.updateMany({
      where: { id: { in: moving.map((c) => c.id) } },
      data: { assigneeId, assignedAt: assigneeId ? new Date() : null },
    });
    await recordClaimEvents(
      tx,
      moving.map((c) => ({
        claimId: c.id,
        actorId: actor.id,
        type: "assigned",
        from: c.assigneeId,
        to: assigneeId,
      })),
    );
    return { changed: moving.length };
  });
}

/** Refuses an assignee who cannot review: unknown, disabled or a viewer (null, unassigning, is always fine). */
export async function requireAssignee(db: Db, assigneeId: string | null): Promise<void> {
  if (!assigneeId) return;
  const assignee = await db.user.findUnique({ where: { id: assigneeId }, select: { role: true, banned: true } });
  if (!assignee || assignee.banned || !REVIEWER_ROLES.includes(assignee.role)) {
    throw new AppError(
      "invalid_input",
      "Claims can only go to an active editor, fact-checker or admin.",
      "assigneeId",
      "not_assignable",
    );
  }
}

/** Assigns every live claim of an article ("assign the whole article"). */
export async function assignArticle(
  db: Db,
  actor: Actor,
  input: z.input<typeof AssignArticleSchema>,
): Promise<{ changed: number }> {
  requirePermission(actor, "claim.assign");
  const { articleId, assigneeId } = parseInput(AssignArticleSchema, input, "articleId");
  const claims = await db.claim.findMany({ where: { articleId, ...LIVE_CLAIM }, select: { id: true } });
  return assignClaims(db, actor, { claimIds: claims.map((c) => c.id), assigneeId });
}
