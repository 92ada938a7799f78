import { z } from "zod";
import { requireActing, type Acting } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import type { ExtractionForMatching } from "@/lib/input/off-thread-protocol";
import { parseInput } from "@/lib/input/parse-input";
import { runOffThread } from "@/lib/input/run-off-thread";
import { typedText } from "@/lib/input/typed-text";
import { sourceRegistryFor } from "@/lib/sources/load-source-registry";
import type { ClaimMatchView } from "./claim-match-schemas";
import { matchClaimsAgainstArchive } from "./match-against-archive";

export const MatchArticleSchema = z.object({
  body: typedText().min(1, "The article has no text to match."),
  language: z.enum(["de", "en", "auto"]).default("auto"),
});

export interface ArticleClaimMatches {
  language: "de" | "en";
  claims: { text: string; start: number; end: number; matches: ClaimMatchView[] }[];
}

/**
 * Matches an article's claims against the archive without storing anything: what `claims match FILE` prints, so a
 * desk can see before ingesting which claims have been seen (and checked) before. The extraction and the keys are
 * made on the worker threads, as for an ingest; the size limit is the caller's (the CLI's --max-bytes).
 */
export async function matchArticle(
  db: Db,
  actor: Acting,
  input: z.input<typeof MatchArticleSchema>,
): Promise<ArticleClaimMatches> {
  requireActing(actor, "article.read");
  const { body, language } = parseInput(MatchArticleSchema, input, "body");
  const registry = await sourceRegistryFor(db);
  const { extraction, context } = await runOffThread<ExtractionForMatching>(
    { kind: "extract-for-matching", text: body, language, registry: registry.toIndex() },
    "body",
  );
  const matches = await matchClaimsAgainstArchive(
    db,
    extraction.claims.map((c) => ({ text: c.text, language: extraction.language, quantities: c.quantities, context })),
  );
  return {
    language: extraction.language,
    claims: extraction.claims.map((c, i) => ({ text: c.text, start: c.start, end: c.end, matches: matches[i]! })),
  };
}
