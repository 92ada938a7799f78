import { leadChanged } from "@/lib/matching/article-context";
import { z } from "zod";
import { lockArticleClaims, providerOf, type Db } from "@/lib/db/client";
import { requireActing, type Acting } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/input/parse-input";
import { recordId } from "@/lib/input/record-id";
import type { ExtractionForStorage } from "@/lib/input/off-thread-protocol";
import { runOffThread } from "@/lib/input/run-off-thread";
import { anchorAt, sentenceAround, type Anchor, type Reanchored } from "@/lib/anchoring/reanchor";
import { scheduleArticleMatching } from "@/lib/claims/match-queue";
import { sourceRegistryFor } from "@/lib/sources/load-source-registry";
import {
  claimsMeanwhile,
  moveCitations,
  moveClaims,
  readAnchors,
  redrafter,
  renumberClaims,
  resourceChangedClaims,
  sameAnchors,
  storeVersion,
} from "./version-writes";
import { contentHash } from "./content-hash";
import { parseArticleInput, storeClaims } from "./ingest-article";
import { readArticleSource } from "./read-article-source";

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
  if (twin) throw versionOfOther(twin.title);

  const registry = await sourceRegistryFor(db);
  const { extraction, matchFields } = await runOffThread<ExtractionForStorage>(
    { kind: "extract-for-storage", text: next.body, language: next.language, registry: registry.toIndex() },
    "body",
    options.timeBudgetMs,
  );
  const redraft = redrafter(next.body, extraction, matchFields);
  // Claims change while a version is worked out (a verdict, a source linked): it is worked out again on what they are
  // now, a few times, before the person is asked to try again.
  const result = await retriedWhileClaimsChange(async () => {
    const plan = await planMoves(db, articleId, article.body, next.body);
    return db
      .$transaction(
        async (tx) => {
          // The article first: a change that places a claim by its text waits until this version is in (lockArticle).
          const number = article.version + 1;
          const stored = await tx.article.updateMany({
            where: { id: articleId, version: article.version, deletedAt: null },
            data: {
              body: next.body,
              title: next.title,
              version: number,
              // Its new and changed claims are not matched yet: the page says so, and a failed job is asked again.
              matchedAt: null,
              ...(source.fetched ? { fetchedHtml: source.fetched.html, fetchedAt: source.fetched.fetchedAt } : {}),
            },
          });
          if (stored.count === 0) throw versionMeanwhile();
          await lockArticleClaims(db, tx, articleId);
          if (!sameAnchors(plan.seen, await readAnchors(tx, articleId))) throw claimsMeanwhile();
          const versions = new Map(plan.seen.claims.map((c) => [c.id, c.version]));
          const flagged = await moveClaims(tx, {
            newBody: next.body,
            placed: plan.placed,
            verdicts: plan.verdicts,
            versions,
            sentenceChanges: plan.sentenceChanges,
            actorId,
            number,
            redraft,
            leadChanged: leadChanged(article.body, next.body),
          });
          await moveCitations(tx, plan.seen.citations, plan.mentions, plan.placed);
          // New sentences: the claims extracted from this version that lie on words no claim of the last one kept.
          const taken = plan.placed.filter((p) => p.status !== "orphaned") as Extract<Reanchored, { start: number }>[];
          const fresh = extraction.claims
            .map((claim, i) => ({ claim, fields: matchFields[i]! }))
            .filter(({ claim }) => !taken.some((t) => t.start < claim.end && claim.start < t.end));
          const { sourceIds } = await storeClaims(
            tx,
            articleId,
            next.body,
            { ...extraction, claims: fresh.map((f) => f.claim) },
            fresh.map((f) => f.fields),
            actorId,
            { version: number, firstPosition: plan.seen.claims.length, provider: providerOf(db) },
          );
          await resourceChangedClaims(tx, plan.placed, extraction, sourceIds, redraft.extractedAt);
          await renumberClaims(tx, articleId);
          // What a person sees of it: the claims shown in the article (removed ones followed along, uncounted).
          const shown = plan.placed.filter((p) => plan.live.has(p.id));
          const counts = {
            kept: shown.filter((p) => p.status === "kept").length,
            changed: shown.filter((p) => p.status === "changed").length,
            orphaned: shown.filter((p) => p.status === "orphaned").length,
            added: fresh.length,
          };
          // The unique hash last, in a statement of its own: changing it holds the article even against a claim's
          // change adding a figures row for it (its key check), which may hold a claim this transaction moves above.
          await tx.article.update({ where: { id: articleId }, data: { contentHash: hash } });
          await storeVersion(tx, {
            articleId,
            number,
            title: next.title,
            body: next.body,
            fetched: source.fetched,
            actorId,
            counts,
          });
          return { status: "added" as const, articleId, version: number, ...counts, flagged };
        },
        // As an ingest's: a long article's new claims are many rows.
        { timeout: Math.max(60_000, extraction.claims.length * 10) },
      )
      .catch((error: unknown) => {
        // Another article given the same text at the same moment: its unique hash wins.
        if ((error as { code?: unknown })?.code === "P2002") throw versionOfOther("another article");
        throw error;
      });
  });
  // The new and changed claims' "seen before" (a failure there is logged and retried, never this verb's).
  const matched = scheduleArticleMatching(db, articleId);
  if (options.matching !== "background") await matched;
  return result;
}

/**
 * Where every claim and every source mention goes, worked out before the transaction (on the worker thread: the
 * alignment grows with the texts): a transaction that waited on it would hold SQLite's one connection meanwhile, and
 * every other request's reads would see its half-written state. The transaction checks nothing moved since.
 */
async function planMoves(db: Db, articleId: string, oldBody: string, newBody: string) {
  const seen = await readAnchors(db, articleId);
  const placed = await reanchorOffThread(
    oldBody,
    newBody,
    seen.claims.map((c) => anchorAt(oldBody, c.id, c.start, c.end)),
  );
  const mentions = await reanchorOffThread(
    oldBody,
    newBody,
    seen.citations.map((c) => anchorAt(oldBody, c.id, c.start, c.end)),
  );
  const live = new Set(seen.claims.filter((c) => c.deletedAt === null).map((c) => c.id));
  // A removed claim's verdict too: restored, it would stand on words it was not given for.
  const verdicts = new Set(seen.claims.filter((c) => !UNDECIDED.has(c.status)).map((c) => c.id));
  const sentenceChanges = await changedSentences(oldBody, newBody, seen.claims, placed, verdicts);
  return { seen, placed, mentions, live, verdicts, sentenceChanges };
}

/** Runs `attempt` again while it is refused because claims changed meanwhile (claims_meanwhile), `times` in all. */
async function retriedWhileClaimsChange<T>(attempt: () => Promise<T>, times = 3): Promise<T> {
  for (let left = times; ; left--) {
    try {
      return await attempt();
    } catch (error) {
      if (left <= 1 || !(error instanceof AppError && error.reason === "claims_meanwhile")) throw error;
    }
  }
}

/**
 * The claims with a verdict that kept their own words while the rest of their sentence changed (a claim that is one
 * clause of it): what the verdict was given on may read otherwise now, so they are flagged too. Their old sentence and
 * its new words (null when it is gone), for the history.
 */
async function changedSentences(
  oldBody: string,
  newBody: string,
  claims: { id: string; start: number; end: number }[],
  placed: Reanchored[],
  verdicts: Set<string>,
): Promise<Map<string, { from: string; to: string | null }>> {
  const kept = new Set(placed.filter((p) => p.status === "kept").map((p) => p.id));
  const anchors = claims
    .filter((c) => kept.has(c.id) && verdicts.has(c.id))
    .map((c) => {
      const sentence = sentenceAround(oldBody, c.start, c.end);
      return anchorAt(oldBody, c.id, sentence.start, sentence.end);
    });
  const moved = await reanchorOffThread(oldBody, newBody, anchors);
  return new Map(
    moved
      .filter((s) => s.status !== "kept")
      .map((s) => [s.id, { from: s.oldExact, to: s.status === "changed" ? s.exact : null }]),
  );
}

/** Where each anchor went in the new text, worked out on the worker thread (the alignment grows with the texts). */
const reanchorOffThread = (oldText: string, newText: string, anchors: Anchor[]) =>
  runOffThread<Reanchored[]>({ kind: "reanchor", oldText, newText, anchors }, "body");

const versionMeanwhile = () =>
  new AppError(
    "conflict",
    "Someone stored another version of this article meanwhile (or deleted it); nothing was changed. Look at it again.",
    "body",
    "version_meanwhile",
  );

const versionOfOther = (title: string) =>
  new AppError(
    "conflict",
    `This text is stored already, as the article “${title}”: it cannot be a version of this one too.`,
    "body",
    "version_of_other",
    { title },
  );
