import type { Tx } from "@/lib/db/client";
import { independentOrigins } from "@/lib/coverage/compute-coverage";

type CitationLink = { name: string; role: string; relayOf: string | null };

/**
 * The two figures a claim keeps about its citations: how many sources it cites, and how many independent origins
 * they come down to (as coverage counts them: AP relaying NIS plus NIS is one).
 */
export function sourceCounts(citations: CitationLink[]): { sourceCount: number; independentSources: number } {
  return { sourceCount: citations.length, independentSources: independentOrigins(citations).length };
}

/** The same for citations as stored, their sources by id. */
export const storedSourceCounts = (citations: { sourceId: string; role: string; relayOfId: string | null }[]) =>
  sourceCounts(citations.map((c) => ({ name: c.sourceId, role: c.role, relayOf: c.relayOfId })));

/** Recounts a claim's figures from its stored citations, in the transaction that changed them. */
export async function recountSources(tx: Tx, claimId: string): Promise<void> {
  const citations = await tx.citation.findMany({
    where: { claimId },
    select: { sourceId: true, role: true, relayOfId: true },
  });
  await tx.claim.update({ where: { id: claimId }, data: storedSourceCounts(citations) });
}
