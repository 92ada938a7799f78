import type { Tx } from "@/lib/db/client";

/**
 * The independence rule, in one place: a claim's citations come down to its independent origins. A relay (AP
 * reporting what NIS said) stands for what it relays when that is known, so AP relaying NIS plus NIS is one origin.
 * Coverage, the claim's stored counts, the review card and the exports all count this way.
 */

type CitationLink = { name: string; role: string; relayOf: string | null; unnamed?: boolean };

/** The independent origins behind a claim's citations: a relay stands for what it relays, when that is known. */
export function independentOrigins(citations: CitationLink[]): string[] {
  return [...new Set(citations.map((c) => (c.role === "relay" && c.relayOf ? c.relayOf : c.name)))];
}

/** A stored citation's role as the views name it: a relay, or else an origin. */
export const citationRole = (role: string): "origin" | "relay" => (role === "relay" ? "relay" : "origin");

/**
 * The figures a claim keeps about its citations: how many sources it cites, how many independent origins they come
 * down to (as coverage counts them: AP relaying NIS plus NIS is one), and whether all of them are unnamed.
 */
export function sourceCounts(citations: CitationLink[]): {
  sourceCount: number;
  independentSources: number;
  unnamedOnly: boolean;
} {
  return {
    sourceCount: citations.length,
    independentSources: independentOrigins(citations).length,
    unnamedOnly: restsOnUnnamedOnly(citations),
  };
}

/** Sourced, but only by unnamed sources ("officials said"): coverage counts these apart. */
export const restsOnUnnamedOnly = (citations: { unnamed?: boolean }[]) =>
  citations.length > 0 && citations.every((c) => c.unnamed);

type StoredCitation = { sourceId: string; role: string; relayOfId: string | null; source: { type: string } };
/** What the stored figures are counted from: each citation with its source's type. */
export const STORED_CITATION = { sourceId: true, role: true, relayOfId: true, source: { select: { type: true } } };

/** The same for citations as stored, their sources by id. */
export const storedSourceCounts = (citations: StoredCitation[]) =>
  sourceCounts(
    citations.map((c) => ({
      name: c.sourceId,
      role: c.role,
      relayOf: c.relayOfId,
      unnamed: c.source.type === "unnamed",
    })),
  );

/** Recounts a claim's figures from its stored citations, in the transaction that changed them. */
export async function recountSources(tx: Tx, claimId: string): Promise<void> {
  const citations = await tx.citation.findMany({ where: { claimId }, select: STORED_CITATION });
  await tx.claim.update({ where: { id: claimId }, data: storedSourceCounts(citations) });
}
