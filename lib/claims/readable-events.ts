import type { Db } from "@/lib/db/client";
import type { RelatedClaim } from "./claim-history-entry";

/** The columns of a ClaimEvent a history shows, with the actor's name. */
export const EVENT_FIELDS = {
  claimId: true,
  type: true,
  from: true,
  to: true,
  reason: true,
  createdAt: true,
  actor: { select: { name: true } },
  relatedClaim: { select: { id: true, articleId: true, article: { select: { title: true } } } },
} as const;

interface RawEvent {
  type: string;
  from: string | null;
  to: string | null;
  actor: { name: string } | null;
  relatedClaim: { id: string; articleId: string; article: { title: string } } | null;
}

/**
 * Events as people read them: "assigned" events hold user ids, shown as names (one query for all of them), the
 * actor becomes a name, and a claim the change came from its article's title. Other fields pass through.
 */
export async function readableEvents<E extends RawEvent>(
  db: Db,
  events: E[],
): Promise<(Omit<E, "actor" | "relatedClaim"> & { actor: string | null; related: RelatedClaim | null })[]> {
  const ids = [
    ...new Set(events.filter((e) => e.type === "assigned").flatMap((e) => [e.from, e.to].filter((v) => v !== null))),
  ];
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  const named = (type: string, value: string | null) =>
    type === "assigned" && value ? (names.get(value) ?? "?") : value;
  return events.map(({ actor, relatedClaim, ...e }) => ({
    ...e,
    from: named(e.type, e.from),
    to: named(e.type, e.to),
    actor: actor?.name ?? null,
    related: relatedClaim
      ? { claimId: relatedClaim.id, articleId: relatedClaim.articleId, articleTitle: relatedClaim.article.title }
      : null,
  }));
}
