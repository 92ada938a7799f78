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

export const EvidenceInputSchema = z.object({
  claimId: recordId("claim"),
  url: z
    .url({ protocol: /^https?$/, error: "The evidence URL must start with http:// or https://." })
    .max(CLAIM_LIMITS.evidenceUrl)
    // Stored as a browser would read it (percent-encoded), so no export has to trust its characters.
    .transform((u) => new URL(u).href),
  title: typedText().max(CLAIM_LIMITS.evidenceTitle).optional(),
  excerpt: typedText().max(CLAIM_LIMITS.evidenceExcerpt).optional(),
  stance: z.enum(["supports", "refutes", "context"], { error: "Say whether it supports, refutes or gives context." }),
});

/** Adds a piece of evidence to a claim and its event, in one transaction. */
export type AddEvidenceInput = z.input<typeof EvidenceInputSchema>;

export async function addEvidence(db: Db, actor: Actor, input: AddEvidenceInput): Promise<{ id: string }> {
  requirePermission(actor, "evidence.add");
  const { claimId, ...evidence } = parseInput(EvidenceInputSchema, input, "url");
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: { id: claimId, ...LIVE_CLAIM }, select: { id: true } });
    if (!claim) throw new AppError("not_found", "There is no such claim.", "id");
    const created = await tx.evidence.create({
      data: { claimId, addedById: actor.id, ...evidence },
      select: { id: true },
    });
    await recordClaimEvent(tx, {
      claimId,
      actorId: actor.id,
      type: "evidence_added",
      to: `${evidence.stance} ${evidence.url}`,
    });
    return created;
  });
}
