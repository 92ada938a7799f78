import type { Db } from "@/lib/db/client";
import { LIVE_ARTICLE, ON_THE_PAGE } from "@/lib/db/live-article";
import { toClaimStatus } from "@/lib/claims/claim-status";
import { EVENT_FIELDS, readableEvents } from "@/lib/claims/readable-events";
import { carriedOverFrom } from "@/lib/claims/verdicts-carried-over";
import { dismissedPairs, pairKey } from "@/lib/claims/dismissed-pairs";
import { QuantitySchema, type Quantity, type SourceType } from "@/lib/extract";
import type { CitationResponseSchema, ClaimResponseSchema, OrphanedClaimSchema } from "./article-api-schemas";
import { z } from "zod";
import { citationRole } from "@/lib/claims/sourcing";
import { NOT_SEEN, seenBeforeByClaim } from "@/lib/claims/seen-before";
import { requirePermission, type Actor } from "@/lib/auth/permissions";

/** A citation as the page and the API show it (the API's own schema: one shape for both). */
export type CitationView = z.output<typeof CitationResponseSchema>;

export type { ClaimHistoryEntry } from "@/lib/claims/claim-history-entry";

/**
 * A claim as the API gives it (ClaimResponseSchema): also the quote (the article's words it stands on), the extractor
 * version that found it and its newest events. The history's size and newest author come with it for the card.
 */
export type FullClaimView = z.output<typeof ClaimResponseSchema> & { changes: ClaimView["changes"] };

/**
 * A claim as a review card shows it: the API's claim without the quote (the page has the body), the extractor version
 * and the events, which are read when someone opens the history.
 */
export type ClaimView = Omit<
  z.output<typeof ClaimResponseSchema>,
  "quote" | "extractorVersion" | "history" | "quantities"
> & {
  /** How many events the claim's history holds and who made the newest. The events themselves are read when someone
   * opens the history (listClaimHistory): sent with every card they were a seventh of a 527-claim review page. */
  changes: { count: number; lastBy: string | null };
  /** The figures the card shows as chips; the API's full claim has their values, comparators and units. */
  quantities: Pick<Quantity, "text" | "start">[];
  /** Where its verdict (and reason) came from, when it was carried over from a matching claim of another article. */
  verdictFrom: {
    claimId: string;
    articleId: string;
    title: string;
    outlet: string | null;
    live: boolean;
    /** Carried over from the closest claim in another report of the story, not from the same claim. */
    inStory: boolean;
    /** Someone has since unlinked that claim as not the same one: the verdict stands on a match the desk doubts. */
    unlinked: boolean;
  } | null;
};

export interface ArticleView<C = ClaimView> {
  id: string;
  title: string;
  body: string;
  language: string;
  outlet: string | null;
  url: string | null;
  publishedAt: Date | null;
  /** When the page at `url` was fetched, for an article added from its URL. */
  fetchedAt: Date | null;
  createdAt: Date;
  extractorVersion: string;
  /** When its claims were matched against the archive; null while that is still to come. */
  matchedAt: Date | null;
  claims: C[];
  /** Which version of the article the body is. */
  version: number;
  /** Removed and merged-away claims, newest first, so they can be restored. */
  removed: { id: string; label: string; text: string; version: number; deletedAt: Date }[];
  /** Claims a later version no longer has ("No longer in the article"), in the order they stood. */
  orphaned: z.output<typeof OrphanedClaimSchema>[];
}

/** Built once: `.catch` makes a new schema, and making one per claim was a tenth of reading a 527-claim article. */
const QuantitiesSchema = z.array(QuantitySchema).catch([]);

const HISTORY_PER_CLAIM = 50;

/** Groups rows by their claim id, keeping their order. */
function byClaim<T extends { claimId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.claimId);
    if (group) group.push(row);
    else groups.set(row.claimId, [row]);
  }
  return groups;
}

/**
 * An article with its live claims in text order, each with its citations, notes, evidence and the size of its history;
 * null when there is no such article or it is deleted. Related rows are read per article (a join), not per list of
 * claim ids: a list of 1,000 ids would pass SQLite's limit on query parameters.
 */
export async function getArticle(
  db: Db,
  id: string,
  { fromStart = 0, untilStart }: { fromStart?: number; untilStart?: number } = {},
): Promise<ArticleView | null> {
  const starts = { gte: fromStart, lte: untilStart };
  const [article, events] = await Promise.all([
    readArticle(db, id, starts),
    db.claimEvent.findMany({
      where: { claim: { articleId: id, ...ON_THE_PAGE, start: starts } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        claimId: true,
        type: true,
        actor: { select: { name: true } },
        relatedClaim: {
          select: {
            id: true,
            deletedAt: true,
            article: { select: { id: true, title: true, outlet: true, deletedAt: true } },
          },
        },
      },
    }),
  ]);
  if (!article) return null;
  const eventsOf = byClaim(events);
  const fromOf = new Map(article.claims.map((c) => [c.id, verdictFromOf(eventsOf.get(c.id) ?? [])]));
  // Whether a desk has since unlinked the claim a verdict came from: the dismissal rows say, as they do for matching and
  // My queue (a merge carries them to the kept claim without a history entry of its own).
  const carried = article.claims.filter((c) => fromOf.get(c.id)).map((c) => c.id);
  const unlinked = carried.length === 0 ? new Set<string>() : await dismissedPairs(db, carried);
  return {
    ...article,
    claims: article.claims.map(({ quote: _q, extractorVersion: _v, quantities, ...c }) => {
      const from = fromOf.get(c.id);
      return {
        ...c,
        quantities: quantities.map(({ text, start }) => ({ text, start })),
        changes: changesOf(eventsOf.get(c.id) ?? []),
        verdictFrom: from ? { ...from, unlinked: unlinked.has(pairKey(c.id, from.claimId)) } : null,
      };
    }),
  };
}

/** The same article with each claim's quote, extractor version and newest events (at most 50 a claim), for the API. */
export async function getFullArticle(db: Db, actor: Actor, id: string): Promise<ArticleView<FullClaimView> | null> {
  requirePermission(actor, "article.read");
  const [article, events] = await Promise.all([
    readArticle(db, id),
    db.claimEvent
      .findMany({
        where: { claim: { articleId: id, ...ON_THE_PAGE } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: EVENT_FIELDS,
      })
      .then((rows) => readableEvents(db, rows)),
  ]);
  if (!article) return null;
  const eventsOf = byClaim(events);
  return {
    ...article,
    claims: article.claims.map((c) => {
      const history = eventsOf.get(c.id) ?? [];
      return {
        ...c,
        changes: { count: history.length, lastBy: history[0]?.actor ?? null },
        history: history.slice(0, HISTORY_PER_CLAIM).map(({ claimId: _c, ...e }) => e),
      };
    }),
  };
}

/** The claim its current verdict was carried over from, if the newest status it was given came that way. */
function verdictFromOf(
  newestFirst: { type: string; relatedClaim: RelatedClaim | null }[],
): Omit<NonNullable<ClaimView["verdictFrom"]>, "unlinked"> | null {
  const carried = carriedOverFrom(newestFirst);
  if (!carried) return null;
  const { claim: from, inStory } = carried;
  const live = !from.deletedAt && !from.article.deletedAt;
  const { title, outlet } = from.article;
  return { claimId: from.id, articleId: from.article.id, title, outlet, live, inStory };
}

type RelatedClaim = {
  id: string;
  deletedAt: Date | null;
  article: { id: string; title: string; outlet: string | null; deletedAt: Date | null };
};

function changesOf(newestFirst: { actor: { name: string } | null }[]): ClaimView["changes"] {
  return { count: newestFirst.length, lastBy: newestFirst[0]?.actor?.name ?? null };
}

/** `starts`: only the claims that start in that range (with their related rows), for a list read in parts. */
async function readArticle(
  db: Db,
  id: string,
  starts: { gte: number; lte?: number } = { gte: 0 },
): Promise<ArticleView<Omit<FullClaimView, "changes" | "history">> | null> {
  // One round of queries, not the article first and its claims after: on SQLite every query of a page waits its
  // turn behind the writes of a busy newsroom, and each extra round is another wait (the load test saw 10 s pages).
  const liveClaim = { articleId: id, ...ON_THE_PAGE, start: starts };
  const live = { claim: liveClaim };
  const [article, claims, citations, notes, evidence, removed, orphaned, seen] = await Promise.all([
    db.article.findFirst({
      where: { id, ...LIVE_ARTICLE },
      select: {
        id: true,
        title: true,
        body: true,
        language: true,
        outlet: true,
        url: true,
        publishedAt: true,
        fetchedAt: true,
        createdAt: true,
        extractorVersion: true,
        matchedAt: true,
        version: true,
      },
    }),
    db.claim.findMany({
      where: liveClaim,
      orderBy: { start: "asc" },
      select: {
        id: true,
        start: true,
        end: true,
        quote: true,
        text: true,
        label: true,
        kind: true,
        hedged: true,
        origin: true,
        extractorVersion: true,
        status: true,
        statusReason: true,
        version: true,
        anchor: true,
        previousQuote: true,
        changedAfterVerdict: true,
        quantities: true,
        assignee: { select: { id: true, name: true } },
      },
    }),
    db.citation.findMany({
      where: live,
      orderBy: { start: "asc" },
      select: {
        id: true,
        claimId: true,
        sourceId: true,
        mention: true,
        cue: true,
        resolution: true,
        role: true,
        source: { select: { name: true, type: true } },
        relayOf: { select: { name: true } },
      },
    }),
    db.note.findMany({
      where: live,
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        claimId: true,
        parentId: true,
        body: true,
        createdAt: true,
        author: { select: { name: true } },
      },
    }),
    db.evidence.findMany({
      where: live,
      orderBy: { createdAt: "asc" },
      select: { id: true, claimId: true, url: true, title: true, excerpt: true, stance: true, createdAt: true },
    }),
    db.claim.findMany({
      where: { articleId: id, deletedAt: { not: null } },
      orderBy: { deletedAt: "desc" },
      take: 200,
      select: { id: true, label: true, text: true, version: true, deletedAt: true },
    }),
    db.claim.findMany({
      where: { articleId: id, deletedAt: null, anchor: "orphaned" },
      orderBy: { position: "asc" },
      take: 500,
      select: {
        id: true,
        label: true,
        quote: true,
        status: true,
        version: true,
        articleVersion: true,
        changedAfterVerdict: true,
      },
    }),
    seenBeforeByClaim(db, id, starts),
  ]);
  if (!article) return null;
  const citationsOf = byClaim(citations);
  const notesOf = byClaim(notes);
  const evidenceOf = byClaim(evidence);
  return {
    ...article,
    removed: removed.map((r) => ({ ...r, deletedAt: r.deletedAt! })),
    orphaned: orphaned.map((o) => ({ ...o, status: toClaimStatus(o.status) })),
    claims: claims.map((c) => ({
      ...c,
      kind: c.kind === "opinion" ? "opinion" : "claim",
      origin: c.origin === "manual" ? "manual" : "extracted",
      status: toClaimStatus(c.status),
      anchor: c.anchor === "changed" ? "changed" : "current",
      quantities: QuantitiesSchema.parse(JSON.parse(c.quantities)),
      notes: (notesOf.get(c.id) ?? []).map(({ author, claimId: _c, ...n }) => ({ ...n, author: author?.name ?? null })),
      evidence: (evidenceOf.get(c.id) ?? []).map(({ claimId: _c, ...e }) => e),
      citations: (citationsOf.get(c.id) ?? []).map((x) => ({
        id: x.id,
        sourceId: x.sourceId,
        name: x.source.name,
        type: x.source.type as SourceType,
        mention: x.mention,
        cue: x.cue,
        resolution: x.resolution,
        role: citationRole(x.role),
        relayOf: x.relayOf?.name ?? null,
      })),
      seenBefore: seen.get(c.id) ?? NOT_SEEN,
    })),
  };
}
