import { z } from "zod";
import { OPERATOR } from "@/lib/auth/permissions";
import type { ClaimMatchView } from "@/lib/claims/claim-match-schemas";
import { listClaimMatches } from "@/lib/claims/list-claim-matches";
import { matchArticle } from "@/lib/claims/match-article";
import { rematchClaims } from "@/lib/claims/rematch-claims";
import { getEnv } from "@/lib/env";
import { CliError } from "../cli-error";
import type { CliIo } from "../cli-io";
import { progressBar } from "../progress-bar";
import { parseCommandArgs as parse, parseFormat, withDb } from "./command-args";
import { readArticleFile } from "./read-article-file";

/**
 * `claims matches CLAIM_ID [--format text|json] [--limit N] [--language en|de]`: where else this claim has been seen,
 * its reasons and figures written in the reader's language.
 */
export async function runMatches(argv: string[], io: CliIo): Promise<void> {
  const { positionals, values } = parse(argv, ["format", "limit", "language"]);
  if (positionals.length !== 1) throw new CliError("Name one claim: claims matches CLAIM_ID.");
  const format = parseFormat(values.format);
  const result = await withDb((db) =>
    listClaimMatches(db, OPERATOR, {
      claimId: positionals[0]!,
      limit: values.limit,
      language: values.language as "en" | "de" | undefined,
    }),
  );
  if (format === "json") return void io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  io.stdout.write(
    result.matches.length === 0
      ? "Not seen in any other article.\n"
      : `Seen in ${result.articles} other article${result.articles === 1 ? "" : "s"}:\n${result.matches.map(describe).join("")}`,
  );
  if (result.dismissed.length > 0)
    io.stdout.write(
      `Unlinked as not the same claim (${result.dismissed.length}):\n${result.dismissed
        .map(
          (d) =>
            `  “${d.text}” (${d.article.title}): ${d.reason.replace("_", " ")}${d.note ? `, ${d.note.replace(/\s+/g, " ")}` : ""}\n`,
        )
        .join("")}`,
    );
}

/**
 * `claims match FILE [--lang de|en|auto] [--format text|json]`: the claims of an article file matched against the
 * archive, without storing the article.
 */
export async function runMatch(argv: string[], io: CliIo): Promise<void> {
  const { positionals, values } = parse(argv, ["format", "lang"]);
  if (positionals.length !== 1) throw new CliError("Name one article file: claims match FILE.");
  const format = parseFormat(values.format);
  const language = z
    .enum(["de", "en", "auto"], { error: 'The language must be "de", "en" or "auto".' })
    .default("auto")
    .safeParse(values.lang);
  if (!language.success) throw new CliError(language.error.issues[0]!.message);
  const { text } = await readArticleFile(positionals[0]!, getEnv().ARTICLE_MAX_BYTES);
  const result = await withDb((db) => matchArticle(db, OPERATOR, { body: text, language: language.data }));
  if (format === "json") return void io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  const seen = result.claims.filter((c) => c.matches.length > 0);
  io.stdout.write(`${seen.length} of ${result.claims.length} claims seen before.\n`);
  for (const claim of seen) io.stdout.write(`\n“${claim.text}”\n${claim.matches.map(describe).join("")}`);
}

/** `claims rematch`: keys and links every claim with the current lexicon (resumable: run it again after a stop). */
export async function runRematch(argv: string[], io: CliIo): Promise<void> {
  if (parse(argv, []).positionals.length > 0) throw new CliError("claims rematch takes no arguments.");
  const result = await withDb(async (db) => {
    const bars = new Map<string, (done: number) => void>();
    return rematchClaims(db, OPERATOR, ({ phase, done, total }) => {
      if (!bars.has(phase))
        bars.set(
          phase,
          phase === "keys"
            ? progressBar(io.stderr, total, "claims", { verb: "keyed", every: 500 })
            : progressBar(io.stderr, total, "articles", { verb: "matched", every: 10 }),
        );
      bars.get(phase)!(done);
    });
  });
  io.stdout.write(
    `${result.renewed} of ${result.claims} claims keyed anew; ${result.articlesLinked} articles matched against the archive.\n`,
  );
}

function describe(m: ClaimMatchView): string {
  const date =
    m.article.publishedAt?.toISOString().slice(0, 10) ?? `added ${m.article.createdAt.toISOString().slice(0, 10)}`;
  const where = [m.article.outlet, date].filter(Boolean).join(", ");
  const status = m.verdict ? `verdict: ${m.verdict}` : `status: ${m.status}`;
  const flag =
    (m.figuresDisagree ? "  FIGURES DISAGREE" : "") + (m.inStory ? "  (closest in another report of this story)" : "");
  return (
    `- ${m.claimId}  ${m.article.title}${where ? ` (${where})` : ""}  ${status}  score ${m.score}${flag}\n` +
    `  “${m.text}”\n  ${m.reasons}\n`
  );
}
