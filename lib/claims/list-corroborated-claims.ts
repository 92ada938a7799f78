import { requireActing, type Acting } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { independentOrigins } from "./sourcing";

/** A claim of an article that other outlets state too, on sources of their own. */
export interface CorroboratedClaim {
  id: string;
  label: string;
  /** The other outlets, as their articles name them, each once. */
  outlets: string[];
}

const CITATIONS = { select: { sourceId: true, role: true, relayOfId: true } } as const;

/**
 * The claims of an article that are corroborated by independent outlets: another outlet's article states the same
 * claim (a stored match whose figures agree), and the two claims rest on no common origin (the independence rule of
 * sourcing.ts: AP relaying NIS is NIS). Two outlets that both quote NIS corroborate nothing; an outlet's own
 * reporting (no source cited) is its own origin. Reads the article's links once.
 */
export async function listCorroboratedClaims(db: Db, actor: Acting, articleId: string): Promise<CorroboratedClaim[]> {
  requireActing(actor, "article.read");
  const links = await db.claimLink.findMany({
    where: {
      figuresDisagree: false,
      claim: { ...LIVE_CLAIM, articleId },
      other: { ...LIVE_CLAIM, article: { outlet: { not: null } } },
    },
    orderBy: [{ claim: { position: "asc" } }, { score: "desc" }],
    select: {
      claim: { select: { id: true, label: true, citations: CITATIONS, article: { select: { outlet: true } } } },
      other: { select: { citations: CITATIONS, article: { select: { outlet: true } } } },
    },
  });
  const found = new Map<string, CorroboratedClaim>();
  for (const { claim, other } of links) {
    const outlet = other.article.outlet!.trim();
    if (sameOutlet(claim.article.outlet, outlet)) continue;
    const mine = originsOf(claim.citations);
    if (originsOf(other.citations).some((origin) => mine.includes(origin))) continue;
    const entry = found.get(claim.id) ?? { id: claim.id, label: claim.label, outlets: [] };
    if (!entry.outlets.some((o) => sameOutlet(o, outlet))) entry.outlets.push(outlet);
    found.set(claim.id, entry);
  }
  return [...found.values()];
}

/** Outlets as people type them: "dpa" and "DPA " are one. An article without an outlet is nobody's copy. */
const sameOutlet = (a: string | null, b: string) => a !== null && a.trim().toLowerCase() === b.toLowerCase();

const originsOf = (citations: { sourceId: string; role: string; relayOfId: string | null }[]) =>
  independentOrigins(citations.map((c) => ({ name: c.sourceId, role: c.role, relayOf: c.relayOfId })));
