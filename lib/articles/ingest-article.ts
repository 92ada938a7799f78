import { isDatabaseBusy, providerOf, type Db, type Tx } from "@/lib/db/client";
import { requireActing, type Acting } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Extraction } from "@/lib/extract";
import type { ExtractionForStorage } from "@/lib/input/off-thread-protocol";
import { runOffThread } from "@/lib/input/run-off-thread";
import { scheduleArticleMatching } from "@/lib/claims/match-queue";
import type { StoredMatchFields } from "@/lib/matching/match-terms";
import { recordCitedSources } from "@/lib/sources/record-cited-sources";
import { sourceRegistryFor } from "@/lib/sources/load-source-registry";
import { ArticleInputSchema, type ArticleInput, type ArticleSubmission, type ValidArticleInput } from "./article-input";
import { articleTooLarge } from "@/lib/input/article-size";
import { contentHash } from "./content-hash";
import { readArticleSource, type FetchedSource } from "./read-article-source";
import { sourceCounts } from "@/lib/claims/sourcing";
import { insertRows } from "@/lib/db/insert-rows";
import type { Prisma } from "@/lib/generated/prisma-sqlite/client";
import type { ClaimEventType } from "@/lib/claims/claim-events";
import { newId } from "@/lib/db/new-id";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { selectorAt } from "@/lib/anchoring/reanchor";

export type IngestResult =
  | { status: "created"; articleId: string; claims: number; sources: number }
  | { status: "duplicate"; articleId: string };

export interface IngestOptions {
  maxBytes: number;
  /**
   * How long a bulk ingest may wait, in all, for SQLite's write lock (default: the database's own bound, 5 s, after
   * which a person's request fails cleanly). Four ingest processes at once kept one waiting past 5 s: SQLite's lock
   * is not fair, a waiter can lose the race again and again. A bulk run has no one waiting on a page.
   */
  lockWaitMs?: number;
  /** How long extracting the claims may take on the worker thread (default: TEXT_PROCESSING_MS). */
  timeBudgetMs?: number;
  /**
   * When the new article's claims are matched against the archive ("seen before"): before ingestArticle returns
   * (the default: the command line, the seed, tests), or after, off the request ("background": the web, where a
   * person waits for the page).
   */
  matching?: "await" | "background";
  /**
   * A near copy of an article stored from the same URL is refused (409, reason "same_url", with that article's id),
   * so the person can store it as that article's next version instead; true stores it as an article of its own.
   */
  asNewArticle?: boolean;
}

/**
 * Stores an article with the claims, sources, aliases and citations the extractor finds, in one transaction: either
 * all of it is stored or none. The same text again is not stored twice; the existing article is returned. Without
 * a text but with a URL, the page there is fetched (only once the actor may add articles) and read, and kept with it.
 */
export async function ingestArticle(
  db: Db,
  actor: Acting,
  input: ArticleSubmission,
  options: IngestOptions,
): Promise<IngestResult> {
  // A signed-in person's role must allow it (they are recorded as the creator and on each claim's first event).
  const actorId = requireActing(actor, "article.ingest");
  const source = await readArticleSource(input, options.maxBytes);
  const article = parseArticleInput(source.input, options.maxBytes);
  const hash = contentHash(article.body);
  const existing = await db.article.findUnique({ where: { contentHash: hash }, select: { id: true } });
  if (existing) return { status: "duplicate", articleId: existing.id };
  if (!options.asNewArticle) await refuseNearCopyOfSamePage(db, article);

  const registry = await sourceRegistryFor(db);
  // On a worker thread with a time budget: a text that is slow to extract never holds up other requests.
  const { extraction, matchFields } = await runOffThread<ExtractionForStorage>(
    { kind: "extract-for-storage", text: article.body, language: article.language, registry: registry.toIndex() },
    "body",
    options.timeBudgetMs,
  );
  const waitUntil = Date.now() + (options.lockWaitMs ?? 0);
  for (let attempt = 1; ; attempt++) {
    let result: IngestResult;
    try {
      result = await db.$transaction(
        (tx) => storeExtraction(tx, providerOf(db), article, hash, extraction, matchFields, actorId, source.fetched),
        {
          // A minute, and more for an article of tens of thousands of claims: 36,000 rows in batches took longer on a
          // busy machine, and an expired transaction is a 500 for an article that was fine.
          timeout: Math.max(60_000, extraction.claims.length * 10),
        },
      );
    } catch (error) {
      // Two people ingesting the same text at once: the second insert hits the unique hash.
      const again = await db.article.findUnique({ where: { contentHash: hash }, select: { id: true } });
      if (again) return { status: "duplicate", articleId: again.id };
      // Two ingests meeting the same new source or alias: the later insert hits its unique name. The other one has
      // committed it by now, so running the whole (rolled-back) transaction again finds it.
      if (isUniqueViolation(error) && attempt < 4) continue;
      // Rolled back whole: run it again after a pause of random length, so waiting writers stop moving in step.
      if (isDatabaseBusy(error) && Date.now() < waitUntil) {
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
        continue;
      }
      throw error;
    }
    // Stored: now "seen before" (a failure there is logged and retried, never the ingest's).
    const matched = scheduleArticleMatching(db, result.articleId);
    if (options.matching !== "background") await matched;
    return result;
  }
}

/**
 * The same page again with its text revised (an article stored from this URL, whose text the new one is a near copy
 * of: most of it unchanged, word by word, lib/anchoring) is most likely that article's next version, not a new article: it is
 * refused with that article named, for the person to choose. A different story at a reused URL is not a near copy.
 */
/** The share of a stored text a new one must keep to be its revision (a figure, a paragraph), not another story. */
const NEAR_COPY = 0.6;

async function refuseNearCopyOfSamePage(db: Db, article: ValidArticleInput): Promise<void> {
  if (!article.url) return;
  const stored = await db.article.findFirst({
    where: { url: article.url, deletedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, body: true, version: true },
  });
  if (!stored) return;
  const share = await runOffThread<number>({ kind: "kept-share", oldText: stored.body, newText: article.body }, "url");
  if (share < NEAR_COPY) return;
  throw new AppError(
    "conflict",
    `This page is stored already, as the article “${stored.title}” (version ${stored.version}), and its text is a ` +
      "revision of that one: store it as a new version of that article, or as a separate article.",
    "url",
    "same_url",
    { articleId: stored.id, title: stored.title, version: String(stored.version) },
  );
}

const isUniqueViolation = (error: unknown) => (error as { code?: unknown })?.code === "P2002";

export function parseArticleInput(input: ArticleInput, maxBytes: number): ValidArticleInput {
  const parsed = ArticleInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? "body");
    // The body's only rule is "not blank"; a title is too short only when it is missing.
    const isEmpty = issue.code === "too_small" || (field === "body" && issue.code === "custom");
    const reason = isEmpty ? "empty" : issue.code === "too_big" ? "too_long" : "invalid";
    throw new AppError("invalid_input", issue.message, field, reason);
  }
  if (Buffer.byteLength(parsed.data.body, "utf8") > maxBytes) throw articleTooLarge(maxBytes);
  return parsed.data;
}

async function storeExtraction(
  tx: Tx,
  provider: DatabaseProvider,
  article: ValidArticleInput,
  hash: string,
  extraction: Extraction,
  matchFields: StoredMatchFields[],
  actorId: string | null,
  fetched: FetchedSource | undefined,
): Promise<IngestResult> {
  const created = await tx.article.create({
    data: {
      title: article.title,
      body: article.body,
      language: extraction.language,
      outlet: article.outlet,
      url: article.url,
      publishedAt: article.publishedAt,
      fetchedHtml: fetched?.html,
      fetchedAt: fetched?.fetchedAt,
      contentHash: hash,
      extractorVersion: extraction.extractor,
      createdById: actorId,
    },
    select: { id: true },
  });
  await tx.articleVersion.create({
    data: {
      articleId: created.id,
      number: 1,
      title: article.title,
      body: article.body,
      fetchedHtml: fetched?.html,
      fetchedAt: fetched?.fetchedAt,
      createdById: actorId,
    },
  });
  const { claims } = await storeClaims(tx, created.id, article.body, extraction, matchFields, actorId, {
    version: 1,
    firstPosition: 0,
    provider,
  });
  return { status: "created", articleId: created.id, claims: claims.length, sources: extraction.sources.length };
}

/**
 * Stores the extracted claims of one version of an article (all of them at ingest, the new ones of a new version)
 * with their sources, citations and "created" events, numbered from `firstPosition` on. Each keeps its TextQuote
 * selector, by which the next version finds it again.
 */
export async function storeClaims(
  tx: Tx,
  articleId: string,
  body: string,
  extraction: Extraction,
  matchFields: StoredMatchFields[],
  actorId: string | null,
  { version, firstPosition, provider }: { version: number; firstPosition: number; provider: DatabaseProvider },
): Promise<{ claims: { id: string; position: number }[]; sourceIds: Map<string, string> }> {
  const sourceIds = await recordCitedSources(tx, extraction, articleId, body, provider);
  // Written as Prisma would (its ids, one time for the whole article), without its per-row cost (insertRows).
  const now = new Date();
  const claims = extraction.claims.map((_, i) => ({ id: newId(), position: firstPosition + i }));
  const claimRows = extraction.claims.map((c, i) => ({
    id: claims[i]!.id,
    articleId,
    position: claims[i]!.position,
    ...selectorAt(body, c.start, c.end),
    quote: c.quote,
    articleVersion: version,
    text: c.text,
    label: c.label,
    kind: c.kind,
    hedged: c.hedged,
    quantities: JSON.stringify(c.quantities),
    ...sourceCounts(
      uniqueBy(c.sources, (s) => s.name).map((s) => ({
        name: s.name,
        role: s.role,
        relayOf: s.relayOf ?? null,
        unnamed: s.type === "unnamed",
      })),
    ),
    extractorVersion: extraction.extractor,
    ...matchFields[i],
    createdAt: now,
    updatedAt: now,
  })) satisfies Prisma.ClaimCreateManyInput[];
  for await (const rows of batches(claimRows)) await insertRows(tx, provider, "Claim", rows);
  const citationRows = extraction.claims.flatMap((c, i) =>
    citationRowsOf(claims[i]!.id, c, sourceIds).map((row) => ({ id: newId(), ...row })),
  ) satisfies Prisma.CitationCreateManyInput[];
  for await (const rows of batches(citationRows)) await insertRows(tx, provider, "Citation", rows);
  const eventRows = claims.map((c) => ({
    id: newId(),
    claimId: c.id,
    actorId,
    type: "created" satisfies ClaimEventType,
    to: "extracted",
    articleVersion: version,
    createdAt: now,
  })) satisfies Prisma.ClaimEventCreateManyInput[];
  for await (const rows of batches(eventRows)) await insertRows(tx, provider, "ClaimEvent", rows);
  return { claims, sourceIds };
}

/** The citations an extracted claim makes, as rows: a claim cites a source once, even when two cues name it. */
export function citationRowsOf(claimId: string, claim: Extraction["claims"][number], sourceIds: Map<string, string>) {
  return uniqueBy(claim.sources, (s) => s.name).map((s) => ({
    claimId,
    sourceId: sourceIds.get(s.name)!,
    mention: s.mention,
    start: s.start,
    end: s.end,
    cue: s.cue,
    resolution: s.resolution,
    role: s.role,
    relayOfId: s.relayOf ? (sourceIds.get(s.relayOf) ?? null) : null,
  }));
}

// Rows per statement. A statement is written without giving the thread back (SQLite's driver is synchronous, and
// Prisma builds each row's SQL and result on this thread): 36,000 claims in one held every other request for
// seconds, 500 at a time still for a second on a busy machine (200: a few hundred milliseconds). Between batches the event loop answers the rest.
const BATCH_ROWS = 200;

async function* batches<T>(rows: T[]): AsyncGenerator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    yield rows.slice(i, i + BATCH_ROWS);
  }
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)) !== undefined);
}
