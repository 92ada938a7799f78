import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { lockClaim, type Db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/input/parse-input";
import { loadLiveClaim } from "./claim-lock";
import { CitationRoleSchema } from "./link-source";
import { recountSources } from "./sourcing";
import { recordClaimEvent } from "./claim-events";
import { recordId } from "@/lib/input/record-id";
import { REGISTRY_SCOPE } from "@/lib/sources/source-scope";

async function loadCitation(db: Db, tx: Tx, claimId: string, citationId: string) {
  await lockClaim(db, tx, claimId);
  const { articleId } = await loadLiveClaim(tx, claimId);
  const citation = await tx.citation.findFirst({
    where: { id: citationId, claimId },
    select: { role: true, source: { select: { name: true } }, relayOf: { select: { name: true } } },
  });
  if (!citation) throw new AppError("not_found", "This claim does not cite that source.", "citationId");
  return { ...citation, articleId };
}

export const CitationRefSchema = z.object({ claimId: recordId("claim"), citationId: recordId("citation") });

/** Unlinks a source from a claim, with one "source_unlinked" event; the source stays in the registry. */
export async function unlinkSource(db: Db, actor: Actor, input: z.input<typeof CitationRefSchema>): Promise<void> {
  requirePermission(actor, "source.link");
  const { claimId, citationId } = parseInput(CitationRefSchema, input, "citationId");
  await db.$transaction(async (tx) => {
    const citation = await loadCitation(db, tx, claimId, citationId);
    await tx.citation.delete({ where: { id: citationId } });
    await recountSources(tx, claimId);
    await recordClaimEvent(tx, { claimId, actorId: actor.id, type: "source_unlinked", from: citation.source.name });
  });
}

export const CitationRoleChangeSchema = CitationRefSchema.extend({
  role: CitationRoleSchema,
  relayOfId: z.string().min(1).max(40).optional(),
});

/**
 * Marks a citation as the origin of the claim or as a relay (AP passing on what NIS said), optionally naming the
 * origin it relays. One "citation_role" event with from → to.
 */
export async function setCitationRole(
  db: Db,
  actor: Actor,
  input: z.input<typeof CitationRoleChangeSchema>,
): Promise<void> {
  requirePermission(actor, "source.link");
  const { claimId, citationId, role, relayOfId } = parseInput(CitationRoleChangeSchema, input, "role");
  await db.$transaction(async (tx) => {
    const citation = await loadCitation(db, tx, claimId, citationId);
    // As a link's: the registry, or an unnamed source of this claim's own article — not another story's "officials"
    // (whose purge would take the relay away from under this claim's counts).
    const citable = { OR: [{ scope: REGISTRY_SCOPE }, { scope: citation.articleId }] };
    const relayOf =
      role === "relay" && relayOfId ? await tx.source.findFirst({ where: { id: relayOfId, ...citable } }) : null;
    if (relayOfId && role === "relay" && !relayOf) {
      throw new AppError("not_found", "The source it relays is not in the registry.", "relayOfId");
    }
    if (citation.role === role && (citation.relayOf?.name ?? null) === (relayOf?.name ?? null)) {
      throw new AppError("invalid_input", `${citation.source.name} already is marked ${role}.`, "role");
    }
    await tx.citation.update({ where: { id: citationId }, data: { role, relayOfId: relayOf?.id ?? null } });
    await recountSources(tx, claimId); // a relay of an origin already cited is no longer an independent source
    await recordClaimEvent(tx, {
      claimId,
      actorId: actor.id,
      type: "citation_role",
      from: citation.role,
      to: role,
      reason: relayOf ? `${citation.source.name} → ${relayOf.name}` : citation.source.name,
    });
  });
}
