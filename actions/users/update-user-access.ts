"use server";

import { backToList } from "@/actions/back-to-list";
import { requireActionActor } from "@/lib/auth/action-actor";
import { getDb } from "@/lib/db/client";
import { updateUserAccess, type UserAccessChange } from "@/lib/users/update-user-access";

/** One form per row: change the role, or disable/enable the account. The result is shown as a notice. */
export async function updateUserAccessAction(form: FormData): Promise<void> {
  return backToList("/admin/users", async () => {
    const actor = await requireActionActor("user.manage");
    const role = form.get("role");
    const disabled = form.get("disabled");
    await updateUserAccess(getDb(), actor, {
      role: role ? (String(role) as UserAccessChange["role"]) : undefined,
      disabled: disabled === null ? undefined : disabled === "true",
      userId: String(form.get("userId") ?? ""),
    });
    return "saved";
  });
}
