import type { Db } from "@/lib/db/client";

/** The outlets the newsroom's articles come from, for filters. */
export async function listOutlets(db: Db): Promise<string[]> {
  const rows = await db.article.findMany({
    where: { outlet: { not: null } },
    distinct: ["outlet"],
    select: { outlet: true },
    orderBy: { outlet: "asc" },
  });
  return rows.map((r) => r.outlet!).filter(Boolean);
}
