import { z } from "zod";
import type { Stretch } from "@/lib/anchoring/compare-texts";
import { runOffThread } from "@/lib/input/run-off-thread";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { LIVE_ARTICLE } from "@/lib/db/live-article";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/input/parse-input";
import { recordId } from "@/lib/input/record-id";

const VersionNumber = z.coerce.number({ error: "A version is a number." }).int().positive("A version is a number.");

export const CompareVersionsSchema = z.object({
  articleId: recordId("article"),
  /** Default: the newest version and the one before it. */
  from: VersionNumber.optional(),
  to: VersionNumber.optional(),
});

export interface VersionComparison {
  article: { id: string; title: string; language: string; version: number };
  from: { number: number; title: string; createdAt: Date };
  to: { number: number; title: string; createdAt: Date };
  /** Null when the versions differ beyond what is compared word by word; the texts are then shown whole. */
  stretches: Stretch[] | null;
  fromBody: string;
  toBody: string;
  /** What became of the claims in the versions after `from` up to `to`, as their history recorded it. */
  changed: { id: string; label: string; before: string; after: string }[];
  orphaned: { id: string; label: string; quote: string }[];
  added: { id: string; label: string }[];
  /** Claims whose words stayed as they were and moved with the text (over several versions, the most any one kept). */
  moved: number;
}

/** Two versions of an article side by side, with the claims that changed, left or came with the later one. */
export async function compareArticleVersions(
  db: Db,
  actor: Actor,
  input: z.input<typeof CompareVersionsSchema>,
): Promise<VersionComparison> {
  requirePermission(actor, "article.read");
  const { articleId, ...asked } = parseInput(CompareVersionsSchema, input, "from");
  const article = await db.article.findFirst({
    where: { id: articleId, ...LIVE_ARTICLE },
    select: { id: true, title: true, language: true, version: true },
  });
  if (!article) throw new AppError("not_found", "There is no such article (it may have been deleted).", "articleId");
  const to = asked.to ?? article.version;
  const from = asked.from ?? Math.max(1, to - 1);
  if (from > to) throw new AppError("invalid_input", "Compare an earlier version with a later one.", "from");
  const versions = await db.articleVersion.findMany({
    where: { articleId, number: { in: [from, to] } },
    select: { number: true, title: true, body: true, createdAt: true },
  });
  const kept = await db.articleVersion.aggregate({
    where: { articleId, number: { gt: from, lte: to } },
    _max: { kept: true },
  });
  const [older, newer] = [versions.find((v) => v.number === from), versions.find((v) => v.number === to)];
  if (!older || !newer) throw new AppError("not_found", `This article has no version ${older ? to : from}.`, "to");
  const events = await db.claimEvent.findMany({
    where: {
      claim: { articleId, deletedAt: null },
      articleVersion: { gt: from, lte: to },
      type: { in: ["changed_in_version", "orphaned", "created"] },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 2_000,
    select: { type: true, from: true, to: true, claim: { select: { id: true, label: true } } },
  });
  const of = (type: string) => events.filter((e) => e.type === type);
  return {
    article,
    from: { number: older.number, title: older.title, createdAt: older.createdAt },
    to: { number: newer.number, title: newer.title, createdAt: newer.createdAt },
    stretches:
      from === to
        ? [{ kind: "same", text: newer.body }]
        : await runOffThread<Stretch[] | null>({ kind: "compare", oldText: older.body, newText: newer.body }, "to"),
    fromBody: older.body,
    toBody: newer.body,
    changed: of("changed_in_version").map((e) => ({ ...e.claim, before: e.from ?? "", after: e.to ?? "" })),
    orphaned: of("orphaned").map((e) => ({ ...e.claim, quote: e.from ?? "" })),
    added: of("created").map((e) => e.claim),
    moved: kept._max.kept ?? 0,
  };
}
