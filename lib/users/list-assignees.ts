import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";

/** People claims can be assigned to: active admins, editors and fact-checkers (names only). */
export async function listAssignees(db: Db, actor: Actor): Promise<{ id: string; name: string }[]> {
  requirePermission(actor, "claim.assign");
  return db.user.findMany({
    where: { banned: false, role: { in: ["admin", "editor", "factchecker"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
