import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { holdArticleText, type Db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/input/parse-input";
import { findOrCreateSource, NewSourceSchema } from "@/lib/sources/find-or-create-source";
import { REGISTRY_SCOPE } from "@/lib/sources/source-scope";
import { loadLiveClaim } from "./claim-lock";
import { recountSources } from "./sourcing";
import { recordClaimEvent } from "./claim-events";
import { recordId } from "@/lib/input/record-id";

export const CitationRoleSchema = z.enum(["origin", "relay"], { error: "A citation is an origin or a relay." });

export const LinkSourceSchema = z
  .object({
    claimId: recordId("claim"),
    /** A source of the registry… */
    sourceId: z.string().min(1).max(40).optional(),
    /** …or a new one (found by name or alias first, so nothing is registered twice). */
    source: NewSourceSchema.optional(),
    role: CitationRoleSchema.default("origin"),
    /** For a relay: the source it passes on. */
    relayOfId: z.string().min(1).max(40).optional(),
  })
  .refine((v) => Boolean(v.sourceId) !== Boolean(v.source), {
    message: "Choose a source from the registry or name a new one.",
    path: ["sourceId"],
  });

interface ClaimPlace {
  articleId: string;
  start: number;
  end: number;
  anchor: string;
  articleVersion: number;
}

/**
 * The text the claim's offsets index: the article's, or for a claim a later version no longer has (orphaned), the
 * last version it was on — in the article's text now the same offsets are other words.
 */
async function textOf(tx: Tx, claim: ClaimPlace): Promise<string> {
  if (claim.anchor !== "orphaned")
    return (await tx.article.findUniqueOrThrow({ where: { id: claim.articleId }, select: { body: true } })).body;
  const version = await tx.articleVersion.findFirst({
    where: { articleId: claim.articleId, number: claim.articleVersion },
    select: { body: true },
  });
  return version?.body ?? "";
}

/**
 * Where the article names the source near the claim, so the link points at the words; else an empty mention at the
 * claim's start (the source is cited for it, but not named in these words).
 */
async function findMention(tx: Tx, claim: ClaimPlace, sourceId: string) {
  const [body, source] = await Promise.all([
    textOf(tx, claim),
    tx.source.findUniqueOrThrow({
      where: { id: sourceId },
      select: { name: true, aliases: { select: { alias: true } } },
    }),
  ]);
  const from = Math.max(0, claim.start - 300);
  const window = body.slice(from, claim.end + 300).toLowerCase();
  for (const name of [source.name, ...source.aliases.map((a) => a.alias)].sort((a, b) => b.length - a.length)) {
    const at = window.indexOf(name.toLowerCase());
    if (at >= 0) {
      return {
        mention: body.slice(from + at, from + at + name.length),
        start: from + at,
        end: from + at + name.length,
      };
    }
  }
  return { mention: source.name, start: claim.start, end: claim.start };
}

/** Links a claim to a source the article cites for it (or a new source), with one "source_linked" event. */
export async function linkSource(
  db: Db,
  actor: Actor,
  input: z.input<typeof LinkSourceSchema>,
): Promise<{ citationId: string }> {
  requirePermission(actor, "source.link");
  const { claimId, ...parsed } = parseInput(LinkSourceSchema, input, "sourceId");
  return db.$transaction(async (tx) => {
    // The article's text before the claim's place in it: a new version stored meanwhile would otherwise move the
    // claim after this read, and the mention would keep offsets into the old text.
    await holdArticleText(db, tx, (await loadLiveClaim(tx, claimId)).articleId);
    const claim = await loadLiveClaim(tx, claimId);
    const sourceId = parsed.source ? await findOrCreateSource(tx, parsed.source) : parsed.sourceId!;
    // The registry, or an unnamed source of this claim's own article: another story's "officials" are not these.
    const citable = { OR: [{ scope: REGISTRY_SCOPE }, { scope: claim.articleId }] };
    const source = await tx.source.findFirst({ where: { id: sourceId, ...citable }, select: { name: true } });
    if (!source) throw new AppError("not_found", "There is no such source in the registry.", "sourceId");
    if (parsed.relayOfId && !(await tx.source.findFirst({ where: { id: parsed.relayOfId, ...citable } }))) {
      throw new AppError("not_found", "The source it relays is not in the registry.", "relayOfId");
    }
    if (await tx.citation.findFirst({ where: { claimId, sourceId }, select: { id: true } })) {
      throw new AppError("duplicate", `This claim already cites ${source.name}.`, "sourceId");
    }
    const { mention, start, end } = await findMention(tx, claim, sourceId);
    const citation = await tx.citation.create({
      data: {
        claimId,
        sourceId,
        mention,
        start,
        end,
        cue: "manual",
        resolution: "manual",
        role: parsed.role,
        relayOfId: parsed.role === "relay" ? (parsed.relayOfId ?? null) : null,
      },
      select: { id: true },
    });
    await recountSources(tx, claimId);
    await recordClaimEvent(tx, {
      claimId,
      actorId: actor.id,
      type: "source_linked",
      to: source.name,
      reason: parsed.role,
    });
    return { citationId: citation.id };
  });
}
