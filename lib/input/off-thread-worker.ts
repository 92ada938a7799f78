import { parentPort } from "node:worker_threads";
import { extractClaims } from "../extract/extract-claims";
import { SourceRegistry } from "../extract/sources/source-registry";
import { storedMatchFieldsOf } from "../matching/match-terms";
import { articleContextOf } from "../matching/article-context";
import type { ExtractionForMatching, ExtractionForStorage, OffThreadJob, OffThreadReply } from "./off-thread-protocol";
import { readArticlePage } from "./read-article-page";
import { reanchor } from "../anchoring/reanchor";
import { keptShare } from "../anchoring/align-texts";
import { compareTexts } from "../anchoring/compare-texts";
import { rankStoredCandidates } from "../matching/rank-matches";
import { alignReports } from "../matching/align-story";

/**
 * The worker thread that reduces HTML and extracts claims, so that a text which takes long to process holds up
 * this thread only, never the server's request thread (which can then stop it). Relative imports only: under tsx
 * and vitest this file runs without the "@/" alias.
 */
parentPort!.on("message", ({ id, job }: { id: number; job: OffThreadJob }) => {
  let reply: OffThreadReply;
  try {
    reply = { id, ok: true, value: run(job) };
  } catch (error) {
    const e = error as { name?: string; message?: string; code?: string; field?: string; reason?: string };
    reply = {
      id,
      ok: false,
      error: {
        name: e.name ?? "Error",
        message: e.message ?? String(error),
        code: e.code,
        field: e.field,
        reason: e.reason,
      },
    };
  }
  parentPort!.postMessage(reply);
});

function run(job: OffThreadJob): unknown {
  if (job.kind === "html") return readArticlePage(job.html, job.pageUrl);
  // Aligning two versions grows with the texts times their changes (bounded, align-texts.ts): here, not on requests.
  if (job.kind === "reanchor") return reanchor(job.oldText, job.newText, job.anchors);
  if (job.kind === "kept-share") return keptShare(job.oldText, job.newText);
  if (job.kind === "compare") return compareTexts(job.oldText, job.newText);
  // Ranking grows with an article's claims times their candidates: here too, not between the server's requests.
  if (job.kind === "rank") return rankStoredCandidates(job.keys, job.candidates, job.limit);
  if (job.kind === "key") return job.claims.map(storedMatchFieldsOf);
  // Aligning two reports compares each claim of one with each of the other: bounded by the caller (linkClaims).
  if (job.kind === "align") return alignReports(job.own, job.others);
  const extraction = extractClaims(job.text, {
    language: job.language,
    registry: SourceRegistry.fromIndex(job.registry),
  });
  if (job.kind === "extract") return extraction;
  const context = articleContextOf(job.text);
  if (job.kind === "extract-for-matching") return { extraction, context } satisfies ExtractionForMatching;
  // The match keys here too: like the extraction, they take time in proportion to the text.
  const matchFields = extraction.claims.map((c) =>
    storedMatchFieldsOf({ text: c.text, language: extraction.language, quantities: c.quantities, context }),
  );
  return { extraction, matchFields } satisfies ExtractionForStorage;
}
