import type { Reanchored } from "@/lib/anchoring/reanchor";
import { selectorAt } from "@/lib/anchoring/reanchor";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { describeSpan, type Extraction, type Quantity } from "@/lib/extract";
import { recordClaimEvents, type ClaimEvent } from "@/lib/claims/claim-events";
import { recountSources } from "@/lib/claims/sourcing";
import { quoteAsText } from "@/lib/claims/trim-span";
import { NEWEST_STATUS_FIRST, STATUS_EVENT_TYPES } from "@/lib/claims/verdicts-carried-over";
import { articleContextOf } from "@/lib/matching/article-context";
import { storedMatchFieldsOf, type StoredMatchFields } from "@/lib/matching/match-terms";
import type { FetchedSource } from "./read-article-source";
import { citationRowsOf } from "./ingest-article";

/**
 * The writes of a new article version (add-article-version.ts), each inside its transaction: the claims moved,
 * changed or orphaned, their citations moved or re-read, the order renumbered, the version row.
 */

/** What a version re-anchors: the article's claims still in its text, and their citations, as they are now. */
export async function readAnchors(db: Db | Tx, articleId: string) {
  const onText = { articleId, anchor: { not: "orphaned" } };
  const [claims, citations] = await Promise.all([
    db.claim.findMany({
      where: onText,
      orderBy: { id: "asc" },
      select: { id: true, start: true, end: true, status: true, deletedAt: true, version: true },
    }),
    db.citation.findMany({
      where: { claim: onText },
      orderBy: { id: "asc" },
      select: { id: true, claimId: true, start: true, end: true },
    }),
  ]);
  return { claims, citations };
}
type Anchors = Awaited<ReturnType<typeof readAnchors>>;

/** Whether nothing a version re-anchors changed since it was read (no claim or citation added, moved or changed). */
export function sameAnchors(before: Anchors, now: Anchors): boolean {
  const key = (rows: object[]) => JSON.stringify(rows);
  return key(before.claims) === key(now.claims) && key(before.citations) === key(now.citations);
}

type Redrafted = { text: string; label: string; hedged: boolean; quantities: Quantity[] } & StoredMatchFields;

/**
 * A changed claim's text, label and figures, drafted anew from its new words: the extractor's reading where it found
 * a claim on (nearly) the same words (`extractedAt` says which), else the same reading a claim added by hand gets.
 */
export function redrafter(body: string, extraction: Extraction, matchFields: StoredMatchFields[]) {
  const extractedAt = (start: number, end: number) =>
    extraction.claims.findIndex(
      (c) => Math.min(c.end, end) - Math.max(c.start, start) >= 0.8 * Math.max(c.end - c.start, end - start),
    );
  const context = articleContextOf(body);
  const redraft = (start: number, end: number): Redrafted => {
    const i = extractedAt(start, end);
    const c = extraction.claims[i];
    if (c) return { text: c.text, label: c.label, hedged: c.hedged, quantities: c.quantities, ...matchFields[i]! };
    const language = extraction.language;
    const { label, hedged, quantities } = describeSpan(body, start, end, language);
    const text = quoteAsText(body.slice(start, end));
    return { text, label, hedged, quantities, ...storedMatchFieldsOf({ text, language, quantities, context }) };
  };
  return Object.assign(redraft, { extractedAt });
}

interface Moves {
  newBody: string;
  placed: Reanchored[];
  /** Claims with a verdict: flagged when their words change or leave. */
  verdicts: Set<string>;
  /** Each claim's version when it was read: a claim changed since is not overwritten (the version is refused). */
  versions: Map<string, number>;
  /** Claims with a verdict kept on their words in a sentence that changed around them: flagged as well. */
  sentenceChanges: Map<string, { from: string; to: string | null }>;
  actorId: string | null;
  number: number;
  redraft: (start: number, end: number) => Redrafted;
  /**
   * The lead names or says other things than before (articleContextOf): kept claims lose their keys, which were
   * made with the old lead, and the matching after the version keys them anew (link-claims.ts keys what is stale).
   */
  leadChanged: boolean;
}

/**
 * Writes where each claim now is. Kept: new offsets and selector. Changed: the new words and their reading, the old
 * words beside them, and a new claim version (a verdict given on the old words is refused as stale). Orphaned: left
 * at the last version that had it. A claim with a verdict whose words changed or left is flagged for the person who
 * set the verdict. Each write names the claim's version as read; one changed meanwhile refuses the whole version.
 * Returns how many were flagged.
 */
export async function moveClaims(tx: Tx, m: Moves): Promise<number> {
  const events: ClaimEvent[] = [];
  let flagged = 0;
  for (const p of m.placed) {
    const where = { id: p.id, version: m.versions.get(p.id)! };
    const sentence = p.status === "kept" ? m.sentenceChanges.get(p.id) : undefined;
    // Its words (or its sentence's) changed or left: what the history records, and a verdict flags.
    const touched = p.status !== "kept" || sentence !== undefined;
    const flagsVerdict = touched && m.verdicts.has(p.id);
    const flag = flagsVerdict ? { changedAfterVerdict: true, recheckById: await verdictSetter(tx, p.id) } : {};
    const data =
      p.status === "kept"
        ? {
            ...selectorAt(m.newBody, p.start, p.end),
            articleVersion: m.number,
            ...(m.leadChanged ? { matchKey: "", matchTerms: "" } : {}),
            ...(sentence ? { version: { increment: 1 }, ...flag } : {}),
          }
        : p.status === "changed"
          ? {
              ...selectorAt(m.newBody, p.start, p.end),
              ...stored(m.redraft(p.start, p.end)),
              quote: p.exact,
              previousQuote: p.oldExact,
              anchor: "changed",
              articleVersion: m.number,
              version: { increment: 1 },
              ...flag,
            }
          : { anchor: "orphaned", version: { increment: 1 }, ...flag };
    const written = await tx.claim.updateMany({ where, data });
    if (written.count === 0) throw claimsMeanwhile();
    if (!touched) continue;
    if (flagsVerdict) flagged++;
    events.push({
      claimId: p.id,
      actorId: m.actorId,
      type: p.status === "orphaned" ? "orphaned" : "changed_in_version",
      // Its sentence's words, where only the rest of its sentence changed.
      from: sentence?.from ?? (p.status === "kept" ? null : p.oldExact),
      to: sentence ? sentence.to : p.status === "changed" ? p.exact : null,
      reason: p.status === "orphaned" ? p.reason : null,
      claimVersion: where.version + 1,
      articleVersion: m.number,
    });
  }
  await recordClaimEvents(tx, events);
  return flagged;
}

/** A version refused because the article's claims changed while it was worked out (nothing was written). */
export const claimsMeanwhile = () =>
  new AppError(
    "conflict",
    "The article's claims were changed while the new version was being stored; nothing was changed. Try again.",
    "body",
    "claims_meanwhile",
  );

const stored = ({ quantities, ...rest }: Redrafted) => ({ ...rest, quantities: JSON.stringify(quantities) });

/** Who gave the claim its current status (the newest status change or carried-over verdict), if anyone still is. */
async function verdictSetter(tx: Tx, claimId: string): Promise<string | null> {
  const event = await tx.claimEvent.findFirst({
    where: { claimId, type: { in: STATUS_EVENT_TYPES } },
    orderBy: NEWEST_STATUS_FIRST,
    select: { actorId: true },
  });
  return event?.actorId ?? null;
}

/**
 * A claim's citations name their source somewhere in the text (in its sentence, or the one before): each mention was
 * found again as the claims were (`mentions`, in the order of `citations`). One whose words are gone stands on its
 * claim's words; one of an orphaned claim stays where it was.
 */
export async function moveCitations(
  tx: Tx,
  citations: { id: string; claimId: string }[],
  mentions: Reanchored[],
  placed: Reanchored[],
): Promise<void> {
  const onText = new Map(
    placed.filter((p) => p.status !== "orphaned").map((p) => [p.id, p as { start: number; end: number }]),
  );
  for (const [i, mention] of mentions.entries()) {
    const claim = onText.get(citations[i]!.claimId);
    if (!claim) continue;
    const at = mention.status === "orphaned" ? claim : mention;
    await tx.citation.update({ where: { id: mention.id }, data: { start: at.start, end: at.end } });
  }
}

/**
 * A changed claim cites what its new words cite: where the extractor read a claim on them, the citations it found
 * replace those an earlier extraction made ("Laut dpa" became "Laut Polizei"); sources a person linked stay.
 */
export async function resourceChangedClaims(
  tx: Tx,
  placed: Reanchored[],
  extraction: Extraction,
  sourceIds: Map<string, string>,
  extractedAt: (start: number, end: number) => number,
): Promise<void> {
  for (const p of placed) {
    if (p.status !== "changed") continue;
    const found = extraction.claims[extractedAt(p.start, p.end)];
    if (!found) continue;
    await tx.citation.deleteMany({ where: { claimId: p.id, resolution: { not: "manual" } } });
    const kept = new Set(
      (await tx.citation.findMany({ where: { claimId: p.id }, select: { sourceId: true } })).map((c) => c.sourceId),
    );
    const rows = citationRowsOf(p.id, found, sourceIds).filter((row) => !kept.has(row.sourceId));
    if (rows.length) await tx.citation.createMany({ data: rows });
    await recountSources(tx, p.id);
  }
}

/** The claims' order in the article again (`position`), by where they now start; orphaned ones after all others. */
export async function renumberClaims(tx: Tx, articleId: string): Promise<void> {
  const claims = await tx.claim.findMany({
    where: { articleId },
    select: { id: true, position: true, anchor: true, start: true },
  });
  claims.sort((a, b) => Number(a.anchor === "orphaned") - Number(b.anchor === "orphaned") || a.start - b.start);
  for (const [position, claim] of claims.entries())
    if (claim.position !== position) await tx.claim.update({ where: { id: claim.id }, data: { position } });
}

export async function storeVersion(
  tx: Tx,
  v: {
    articleId: string;
    number: number;
    title: string;
    body: string;
    fetched: FetchedSource | undefined;
    actorId: string | null;
    counts: { kept: number; changed: number; orphaned: number; added: number };
  },
): Promise<void> {
  await tx.articleVersion.create({
    data: {
      articleId: v.articleId,
      number: v.number,
      title: v.title,
      body: v.body,
      fetchedHtml: v.fetched?.html,
      fetchedAt: v.fetched?.fetchedAt,
      createdById: v.actorId,
      ...v.counts,
    },
  });
}
