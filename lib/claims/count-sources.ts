import type { Tx } from "@/lib/db/client";

type CitationLink = { sourceId: string; role: string; relayOfId: string | null };

/**
 * The two figures a claim keeps about its citations: how many sources it cites, and how many independent origins
 * they come down to (a relay counts as what it relays, when that is known: AP relaying NIS plus NIS is one).
 */
export function sourceCounts(citations: CitationLink[]): { sourceCount: number; independentSources: number } {
  const origins = new Set(citations.map((c) => (c.role === "relay" && c.relayOfId ? c.relayOfId : c.sourceId)));
  return { sourceCount: citations.length, independentSources: origins.size };
}

/** Recounts a claim's figures from its stored citations, in the transaction that changed them. */
export async function recountSources(tx: Tx, claimId: string): Promise<void> {
  const citations = await tx.citation.findMany({
    where: { claimId },
    select: { sourceId: true, role: true, relayOfId: true },
  });
  await tx.claim.update({ where: { id: claimId }, data: sourceCounts(citations) });
}
