import type { Db } from "@/lib/db/client";

/** Whether any account exists yet: until one does, the app is in its first run and /setup creates the admin. */
export async function hasAccounts(db: Db): Promise<boolean> {
  return (await db.user.count()) > 0;
}
