import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { toRole, type Role } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";

export interface UserSummary {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
}

export async function listUsers(db: Db, actor: Actor): Promise<UserSummary[]> {
  requirePermission(actor, "user.manage");
  const users = await db.user.findMany({
    orderBy: [{ banned: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, banned: true, createdAt: true },
  });
  return users.map((u) => ({ ...u, role: toRole(u.role), disabled: u.banned }));
}
