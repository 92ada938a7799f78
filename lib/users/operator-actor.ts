import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";

/**
 * Who a command run on the server acts as: the first active admin (an operator with database access is trusted
 * like one), or nobody on an empty database — which only lets the first admin be created.
 */
export async function operatorActor(db: Db): Promise<Actor | null> {
  const admin = await db.user.findFirst({
    where: { role: "admin", banned: false },
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true },
  });
  return admin ? { ...admin, role: "admin" } : null;
}
