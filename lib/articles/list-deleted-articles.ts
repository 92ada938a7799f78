import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";

export interface DeletedArticle {
  id: string;
  title: string;
  outlet: string | null;
  claims: number;
  deletedAt: Date;
  deletedBy: string | null;
  reason: string | null;
}

export interface PurgedArticle {
  /** "“Title” (id, N claims)", as the admin log keeps it. */
  what: string;
  by: string | null;
  at: Date;
}

const SHOWN = 500;

/** The deleted articles, the latest deletion first, with who deleted each, when and why (for the admins' list). */
export async function listDeletedArticles(db: Db, actor: Actor): Promise<DeletedArticle[]> {
  requirePermission(actor, "article.restore");
  const rows = await db.article.findMany({
    where: { deletedAt: { not: null } },
    orderBy: [{ deletedAt: "desc" }, { id: "asc" }],
    take: SHOWN,
    select: {
      id: true,
      title: true,
      outlet: true,
      deletedAt: true,
      deleteReason: true,
      deletedBy: { select: { name: true } },
      _count: { select: { claims: { where: { deletedAt: null } } } },
    },
  });
  return rows.map((a) => ({
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    claims: a._count.claims,
    deletedAt: a.deletedAt!,
    deletedBy: a.deletedBy?.name ?? null,
    reason: a.deleteReason,
  }));
}

/** The latest purges from the admin log: which article, by whom, when (the articles themselves are gone). */
export async function listPurgedArticles(db: Db, actor: Actor, take = 20): Promise<PurgedArticle[]> {
  requirePermission(actor, "article.purge");
  const events = await db.authEvent.findMany({
    where: { type: "article_purged" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { detail: true, actorId: true, createdAt: true },
  });
  const actorIds = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  return events.map((e) => ({
    what: e.detail ?? "—",
    by: e.actorId ? (names.get(e.actorId) ?? null) : null,
    at: e.createdAt,
  }));
}
