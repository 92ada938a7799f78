import { requireActing, type Acting } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import type { Language } from "@/lib/extract";
import { foldWords } from "@/lib/matching/fold-word";
import { REGISTRY_SCOPE } from "@/lib/sources/source-scope";
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
 * reporting (no source cited) is its own origin. A body an article knows only by a description is a source of that
 * article alone ("the interior ministry"), and would count as independent of every other article's: it is one origin
 * with another source of its kind whose name says what it does, in either language ("Innenministerium", "Polizei"
 * and "the police"). Names are not compared with names ("The Times" is not "The New York Times"). Reads the
 * article's links once.
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
      claim: {
        select: { id: true, label: true, citations: CITATIONS, article: { select: { outlet: true, language: true } } },
      },
      other: { select: { citations: CITATIONS, article: { select: { outlet: true, language: true } } } },
    },
  });
  const nameOf = await sourceNames(
    db,
    links.flatMap(({ claim, other }) => [...originsOf(claim.citations), ...originsOf(other.citations)]),
  );
  const originOf = (id: string, language: string): Origin => {
    const source = nameOf.get(id);
    return {
      id,
      described: source !== undefined && source.scope !== REGISTRY_SCOPE,
      type: source?.type,
      words: nameWords(source?.name ?? "", language as Language),
    };
  };
  const found = new Map<string, CorroboratedClaim>();
  for (const { claim, other } of links) {
    const outlet = other.article.outlet!.trim();
    if (sameOutlet(claim.article.outlet, outlet)) continue;
    const mine = originsOf(claim.citations).map((id) => originOf(id, claim.article.language));
    const theirs = originsOf(other.citations).map((id) => originOf(id, other.article.language));
    if (theirs.some((t) => mine.some((m) => m.id === t.id || describedAlike(m, t)))) continue;
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

type SourceFacts = { name: string; type: string; scope: string };

async function sourceNames(db: Db, ids: string[]): Promise<Map<string, SourceFacts>> {
  const sources = await db.source.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true, type: true, scope: true },
  });
  return new Map(sources.map(({ id, ...facts }) => [id, facts]));
}

type Origin = { id: string; described: boolean; type: string | undefined; words: string[] };

/** One body, where one of the two is known only by a description that the other's name fits, of one kind. */
const describedAlike = (a: Origin, b: Origin) =>
  (a.described || b.described) && a.type === b.type && oneWithin(a.words, b.words);

const LINKING_WORDS = new Set("the of for and der die das des von für und".split(" "));

/** A source's name as matching folds its words (a German compound as the English words it is). */
const nameWords = (name: string, language: Language): string[] =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !LINKING_WORDS.has(w))
    .flatMap((w) => foldWords(w, language));

/** Whether every word of one name is among the other's: "Innenministerium" (interior) and "Interior ministry". */
const oneWithin = (a: string[], b: string[]) => {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length > 0 && shorter.every((w) => longer.includes(w));
};
