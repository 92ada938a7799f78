import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { LIVE_ARTICLE } from "@/lib/db/live-article";

/** The outlets the newsroom's articles come from, for filters. */
export async function listOutlets(db: Db, actor: Actor): Promise<string[]> {
  requirePermission(actor, "article.read");
  const rows = await db.article.findMany({
    where: { outlet: { not: null }, ...LIVE_ARTICLE },
    distinct: ["outlet"],
    select: { outlet: true },
    orderBy: { outlet: "asc" },
  });
  return rows.map((r) => r.outlet!).filter(Boolean);
}
