import { z } from "zod";
import { requireActing, type Acting } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { AppError } from "@/lib/errors";
import type { Language } from "@/lib/extract";
import { parseInput } from "@/lib/input/parse-input";
import { recordId } from "@/lib/input/record-id";
import { matchKeyOf } from "@/lib/matching/match-key";
import type { ClaimMatchesView } from "./claim-match-schemas";
import { matchAgainstArchive, MATCHES_PER_CLAIM, parseKey } from "./match-against-archive";

export const ListClaimMatchesSchema = z.object({
  claimId: recordId("claim"),
  limit: z.coerce
    .number()
    .int()
    .min(1, "Ask for at least one match.")
    .max(20, "Ask for at most 20 matches.")
    .optional(),
});

/**
 * "Seen before": the claims of other articles that state what this claim states, best first, each with its reasons,
 * status, verdict and whether the two claims' figures disagree. A claim stored before matching existed is keyed here
 * from its text (and stored with its key by `claims rematch`).
 */
export async function listClaimMatches(
  db: Db,
  actor: Acting,
  input: z.input<typeof ListClaimMatchesSchema>,
): Promise<ClaimMatchesView> {
  requireActing(actor, "article.read");
  const { claimId, limit } = parseInput(ListClaimMatchesSchema, input, "id");
  const claim = await db.claim.findFirst({
    where: { id: claimId, ...LIVE_CLAIM },
    select: {
      id: true,
      text: true,
      quantities: true,
      matchKey: true,
      articleId: true,
      article: { select: { language: true } },
    },
  });
  if (!claim) throw new AppError("not_found", "There is no such claim (it may have been removed or merged).", "id");
  const key =
    parseKey(claim.matchKey) ??
    matchKeyOf({
      text: claim.text,
      language: claim.article.language as Language,
      quantities: JSON.parse(claim.quantities),
    });
  const [matches] = await matchAgainstArchive(db, [key], claim.articleId, limit ?? MATCHES_PER_CLAIM);
  return {
    claimId: claim.id,
    matches: matches!,
    articles: new Set(matches!.map((m) => m.article.id)).size,
  };
}
