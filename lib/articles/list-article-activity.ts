import type { Db } from "@/lib/db/client";
import type { ClaimHistoryEntry } from "./get-article";

export interface ActivityEntry extends ClaimHistoryEntry {
  id: string;
  claimId: string;
  claimLabel: string;
}

/** The newest changes to any claim of an article (removed ones included), for the article's activity feed. */
export async function listArticleActivity(db: Db, articleId: string, take = 30): Promise<ActivityEntry[]> {
  const events = await db.claimEvent.findMany({
    where: { claim: { articleId }, type: { not: "created" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      claimId: true,
      type: true,
      from: true,
      to: true,
      reason: true,
      createdAt: true,
      actor: { select: { name: true } },
      claim: { select: { label: true } },
    },
  });
  const people = new Map(
    (
      await db.user.findMany({
        where: { id: { in: events.filter((e) => e.type === "assigned").flatMap((e) => [e.from ?? "", e.to ?? ""]) } },
        select: { id: true, name: true },
      })
    ).map((u) => [u.id, u.name]),
  );
  const named = (type: string, v: string | null) => (type === "assigned" && v ? (people.get(v) ?? "?") : v);
  return events.map(({ actor, claim, ...e }) => ({
    ...e,
    from: named(e.type, e.from),
    to: named(e.type, e.to),
    claimLabel: claim.label,
    actor: actor?.name ?? null,
  }));
}
