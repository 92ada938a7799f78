"use server";

import { backToList } from "@/actions/back-to-list";
import { requireActionActor } from "@/lib/auth/action-actor";
import { getDb } from "@/lib/db/client";
import { unlockUser } from "@/lib/users/unlock-user";

/** Lifts the sign-in locks on one account (the button shows beside an account refused for a lock). */
export async function unlockUserAction(form: FormData): Promise<void> {
  return backToList("/admin/users", async () => {
    const actor = await requireActionActor("user.manage");
    await unlockUser(getDb(), actor, { userId: String(form.get("userId") ?? "") });
    return "unlocked";
  });
}
