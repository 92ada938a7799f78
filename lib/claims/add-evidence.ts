import { z } from "zod";
import { typedText } from "@/lib/input/typed-text";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { recordClaimEvent } from "./claim-events";
import { CLAIM_LIMITS } from "./claim-limits";

export const EvidenceInputSchema = z.object({
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

export async function addEvidence(
  db: Db,
  actor: Actor,
  claimId: string,
  input: AddEvidenceInput,
): Promise<{ id: string }> {
  requirePermission(actor, "evidence.add");
  const parsed = EvidenceInputSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError(
      "invalid_input",
      parsed.error.issues[0]!.message,
      String(parsed.error.issues[0]!.path[0] ?? "url"),
    );
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: { id: claimId, ...LIVE_CLAIM }, select: { id: true } });
    if (!claim) throw new AppError("not_found", "There is no such claim.", "id");
    const evidence = await tx.evidence.create({
      data: { claimId, addedById: actor.id, ...parsed.data },
      select: { id: true },
    });
    await recordClaimEvent(tx, {
      claimId,
      actorId: actor.id,
      type: "evidence_added",
      to: `${parsed.data.stance} ${parsed.data.url}`,
    });
    return evidence;
  });
}
