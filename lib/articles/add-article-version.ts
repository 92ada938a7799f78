import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import { requireActing, type Acting } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/input/parse-input";
import { recordId } from "@/lib/input/record-id";
import type { ExtractionForStorage } from "@/lib/input/off-thread-protocol";
import { runOffThread } from "@/lib/input/run-off-thread";
import { anchorAt, selectorAt, type Anchor, type Reanchored } from "@/lib/anchoring/reanchor";
import { recordClaimEvents, type ClaimEvent } from "@/lib/claims/claim-events";
import { scheduleArticleMatching } from "@/lib/claims/match-queue";
import { sourceRegistryFor } from "@/lib/sources/load-source-registry";
import { describeSpan, type Quantity } from "@/lib/extract";
import { storedMatchFieldsOf, type StoredMatchFields } from "@/lib/matching/match-terms";
import { quoteAsText } from "@/lib/claims/trim-span";
import { contentHash } from "./content-hash";
import { parseArticleInput, storeClaims } from "./ingest-article";
import { readArticleSource, type FetchedSource } from "./read-article-source";

export const NewVersionSchema = z.object({
  articleId: recordId("article"),
  /** The new text; without it the page at `url` is fetched, or the article's own URL again. */
  body: z.string().optional(),
  title: z.string().optional(),
  url: z.string().optional(),
});
export type NewVersionInput = z.input<typeof NewVersionSchema>;

export type NewVersionResult =
  | { status: "unchanged"; articleId: string; version: number }
  | {
      status: "added";
      articleId: string;
      version: number;
      kept: number;
      changed: number;
      orphaned: number;
      added: number;
      /** Claims with a verdict whose words changed or left the article: their verdicts are to be checked again. */
      flagged: number;
    };

/** How a new version went, as the article page's address says it (its notice reads it back: VersionNotice). */
export function versionSummary(result: NewVersionResult): string {
  if (result.status === "unchanged") return "unchanged=1";
  const { version, kept, changed, orphaned, added, flagged } = result;
  return new URLSearchParams(
    Object.entries({ version, kept, changed, orphaned, added, flagged }).map(([k, v]) => [k, String(v)]),
  ).toString();
}

/** Statuses nobody has decided on yet: a claim with any other status has a verdict a changed text can undo. */
const UNDECIDED = new Set(["unverified", "in_progress"]);

/**
 * Stores a new version of an article: its text given, or its page fetched again. Every claim of the current version
 * (manual ones and removed ones too: a removed claim must not come back as new) is found again in the new text by
 * lib/anchoring: kept where its words are, changed where they changed a little, orphaned where they cannot be found
 * with confidence, never put on other words. Claims with a verdict whose words changed or left are flagged for the
 * person who set it. Sentences that are new get claims extracted from this version. All of it in one transaction;
 * a version stored by someone else meanwhile refuses this one (nothing written).
 */
export async function addArticleVersion(
  db: Db,
  actor: Acting,
  input: NewVersionInput,
  options: { maxBytes: number; timeBudgetMs?: number; matching?: "await" | "background" },
): Promise<NewVersionResult> {
  const actorId = requireActing(actor, "article.ingest");
  const { articleId, body, title, url } = parseInput(NewVersionSchema, input, "body");
  const article = await db.article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: { id: true, title: true, body: true, url: true, language: true, version: true, contentHash: true },
  });
  if (!article) throw new AppError("not_found", "There is no such article (it may have been deleted).", "articleId");
  // Without a text: the page at the URL given, or the article's own page fetched again.
  const page = url ?? article.url;
  const fetching = body === undefined || body.trim() === "";
  if (fetching && !page)
    throw new AppError(
      "invalid_input",
      "This article has no URL to fetch again: upload its new text.",
      "body",
      "empty",
    );
  const source = await readArticleSource(
    // A page fetched brings its own title (headlines change too); a text uploaded keeps the one there is.
    fetching ? { title: title ?? "", url: page! } : { title: title ?? article.title, body },
    options.maxBytes,
    // Never the copy the form's preview kept: the point is to see what the page says now.
    { fresh: true },
  );
  const next = parseArticleInput({ ...source.input, language: article.language as "de" | "en" }, options.maxBytes);
  const hash = contentHash(next.body);
  if (hash === article.contentHash) return { status: "unchanged", articleId, version: article.version };
  const twin = await db.article.findUnique({ where: { contentHash: hash }, select: { id: true, title: true } });
  if (twin)
    throw new AppError(
      "conflict",
      `This text is stored already, as the article “${twin.title}”: it cannot be a version of this one too.`,
      "body",
      "version_of_other",
      { title: twin.title },
    );

  const registry = await sourceRegistryFor(db);
  const { extraction, matchFields } = await runOffThread<ExtractionForStorage>(
    { kind: "extract-for-storage", text: next.body, language: next.language, registry: registry.toIndex() },
    "body",
    options.timeBudgetMs,
  );
  const result = await db.$transaction(
    async (tx) => {
      // The article first: a change that places a claim by its text waits until this version is in (lockArticle).
      const number = article.version + 1;
      const stored = await tx.article.updateMany({
        where: { id: articleId, version: article.version, deletedAt: null },
        data: {
          body: next.body,
          title: next.title,
          contentHash: hash,
          version: number,
          ...(source.fetched ? { fetchedHtml: source.fetched.html, fetchedAt: source.fetched.fetchedAt } : {}),
        },
      });
      if (stored.count === 0)
        throw new AppError(
          "conflict",
          "Someone stored another version of this article meanwhile (or deleted it); nothing was changed. Look at it again.",
          "body",
          "version_meanwhile",
        );
      const claims = await tx.claim.findMany({
        where: { articleId, anchor: { not: "orphaned" } },
        select: { id: true, start: true, end: true, quote: true, status: true, deletedAt: true },
      });
      // Linear in the texts for the edits news makes, bounded for any other (lib/anchoring/align-texts.ts).
      const placed = await reanchorOffThread(
        article.body,
        next.body,
        claims.map((c) => anchorAt(article.body, c.id, c.start, c.end)),
      );
      const live = new Set(claims.filter((c) => c.deletedAt === null).map((c) => c.id));
      const verdicts = new Set(claims.filter((c) => live.has(c.id) && !UNDECIDED.has(c.status)).map((c) => c.id));
      // A changed claim's text, label and figures are drafted anew from its new words, as the extractor read them.
      const redraft = (start: number, end: number) => {
        // The extractor's claim on (nearly) the same words, if it found one: its reading is the one claims get.
        const i = extraction.claims.findIndex(
          (c) => Math.min(c.end, end) - Math.max(c.start, start) >= 0.8 * Math.max(c.end - c.start, end - start),
        );
        const c = extraction.claims[i];
        if (c) return { text: c.text, label: c.label, hedged: c.hedged, quantities: c.quantities, ...matchFields[i]! };
        const language = extraction.language;
        const { label, hedged, quantities } = describeSpan(next.body, start, end, language);
        const text = quoteAsText(next.body.slice(start, end));
        return { text, label, hedged, quantities, ...storedMatchFieldsOf({ text, language, quantities }) };
      };
      const flagged = await moveClaims(tx, next.body, placed, verdicts, actorId, number, redraft);
      await moveCitations(tx, article.body, next.body, placed);
      // New sentences: the claims extracted from this version that lie on words no claim of the last one kept.
      const taken = placed.filter((p) => p.status !== "orphaned") as Extract<Reanchored, { start: number }>[];
      const fresh = extraction.claims
        .map((claim, i) => ({ claim, fields: matchFields[i]! }))
        .filter(({ claim }) => !taken.some((t) => t.start < claim.end && claim.start < t.end));
      await storeClaims(
        tx,
        articleId,
        next.body,
        { ...extraction, claims: fresh.map((f) => f.claim) },
        fresh.map((f) => f.fields),
        actorId,
        { version: number, firstPosition: claims.length },
      );
      await renumberClaims(tx, articleId);
      // What a person sees of it: the claims shown in the article (removed ones followed along, uncounted).
      const shown = placed.filter((p) => live.has(p.id));
      const counts = {
        kept: shown.filter((p) => p.status === "kept").length,
        changed: shown.filter((p) => p.status === "changed").length,
        orphaned: shown.filter((p) => p.status === "orphaned").length,
        added: fresh.length,
      };
      await storeVersion(tx, articleId, number, next.title, next.body, source.fetched, actorId, counts);
      return { status: "added" as const, articleId, version: number, ...counts, flagged };
    },
    // As an ingest's: a long article's new claims are many rows.
    { timeout: Math.max(60_000, extraction.claims.length * 10) },
  );
  // The new and changed claims' "seen before" (a failure there is logged and retried, never this verb's).
  const matched = scheduleArticleMatching(db, articleId);
  if (options.matching !== "background") await matched;
  return result;
}

/**
 * Writes where each claim now is. Kept: new offsets and selector. Changed: the new words too, the old ones beside
 * them, and a new claim version (a verdict given on the old words is refused as stale). Orphaned: left at the last
 * version that had it. A claim with a verdict whose words changed or left is flagged for the person who set the
 * verdict. Returns how many were flagged.
 */
async function moveClaims(
  tx: Tx,
  newBody: string,
  placed: Reanchored[],
  verdicts: Set<string>,
  actorId: string | null,
  number: number,
  redraft: (start: number, end: number) => Redrafted,
): Promise<number> {
  const events: ClaimEvent[] = [];
  let flagged = 0;
  for (const p of placed) {
    if (p.status === "kept") {
      await tx.claim.update({
        where: { id: p.id },
        data: { ...selectorAt(newBody, p.start, p.end), articleVersion: number },
      });
      continue;
    }
    const recheckById = verdicts.has(p.id) ? await verdictSetter(tx, p.id) : null;
    const flag = verdicts.has(p.id) ? { changedAfterVerdict: true, recheckById } : {};
    if (verdicts.has(p.id)) flagged++;
    const where = { id: p.id };
    const claim =
      p.status === "changed"
        ? await tx.claim.update({
            where,
            data: {
              ...selectorAt(newBody, p.start, p.end),
              ...stored(redraft(p.start, p.end)),
              quote: p.exact,
              previousQuote: p.oldExact,
              anchor: "changed",
              articleVersion: number,
              version: { increment: 1 },
              ...flag,
            },
            select: { version: true },
          })
        : await tx.claim.update({
            where,
            data: { anchor: "orphaned", version: { increment: 1 }, ...flag },
            select: { version: true },
          });
    events.push({
      claimId: p.id,
      actorId,
      type: p.status === "changed" ? "changed_in_version" : "orphaned",
      from: p.oldExact,
      to: p.status === "changed" ? p.exact : null,
      reason: p.status === "orphaned" ? p.reason : null,
      claimVersion: claim.version,
      articleVersion: number,
    });
  }
  await recordClaimEvents(tx, events);
  return flagged;
}

type Redrafted = { text: string; label: string; hedged: boolean; quantities: Quantity[] } & StoredMatchFields;

const stored = ({ quantities, ...rest }: Redrafted) => ({ ...rest, quantities: JSON.stringify(quantities) });

/** Where each anchor went in the new text, worked out on the worker thread (the alignment grows with the texts). */
const reanchorOffThread = (oldText: string, newText: string, anchors: Anchor[]) =>
  runOffThread<Reanchored[]>({ kind: "reanchor", oldText, newText, anchors }, "body");

/** Who gave the claim its current status (the newest status change or carried-over verdict), if anyone still is. */
async function verdictSetter(tx: Tx, claimId: string): Promise<string | null> {
  const event = await tx.claimEvent.findFirst({
    where: { claimId, type: { in: ["status_changed", "verdict_carried_over"] } },
    orderBy: { createdAt: "desc" },
    select: { actorId: true },
  });
  return event?.actorId ?? null;
}

/**
 * A claim's citations name their source somewhere in the text (in its sentence, or the one before): each mention is
 * found again as the claims are. One whose words are gone stands on its claim's words; one of an orphaned claim stays.
 */
async function moveCitations(tx: Tx, oldBody: string, newBody: string, placed: Reanchored[]): Promise<void> {
  const onText = new Map(
    placed.filter((p) => p.status !== "orphaned").map((p) => [p.id, p as { start: number; end: number }]),
  );
  const citations = await tx.citation.findMany({
    where: { claimId: { in: [...onText.keys()] } },
    select: { id: true, claimId: true, start: true, end: true },
  });
  const mentions = await reanchorOffThread(
    oldBody,
    newBody,
    citations.map((c) => anchorAt(oldBody, c.id, c.start, c.end)),
  );
  for (const [i, mention] of mentions.entries()) {
    const claim = onText.get(citations[i]!.claimId)!;
    const at = mention.status === "orphaned" ? claim : mention;
    await tx.citation.update({ where: { id: mention.id }, data: { start: at.start, end: at.end } });
  }
}

/** The claims' order in the article again (`position`), by where they now start; orphaned ones after all others. */
async function renumberClaims(tx: Tx, articleId: string): Promise<void> {
  const claims = await tx.claim.findMany({
    where: { articleId },
    select: { id: true, position: true, anchor: true, start: true },
  });
  claims.sort((a, b) => Number(a.anchor === "orphaned") - Number(b.anchor === "orphaned") || a.start - b.start);
  for (const [position, claim] of claims.entries())
    if (claim.position !== position) await tx.claim.update({ where: { id: claim.id }, data: { position } });
}

async function storeVersion(
  tx: Tx,
  articleId: string,
  number: number,
  title: string,
  body: string,
  fetched: FetchedSource | undefined,
  actorId: string | null,
  counts: { kept: number; changed: number; orphaned: number; added: number },
): Promise<void> {
  await tx.articleVersion.create({
    data: {
      articleId,
      number,
      title,
      body,
      fetchedHtml: fetched?.html,
      fetchedAt: fetched?.fetchedAt,
      createdById: actorId,
      ...counts,
    },
  });
}
