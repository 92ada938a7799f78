"use server";

import { redirect } from "next/navigation";
import { requireActionActor } from "@/lib/auth/action-actor";
import { RoleSchema } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { updateUserAccess } from "@/lib/users/update-user-access";

/** One form per row: change the role, or disable/enable the account. The result is shown as a notice. */
export async function updateUserAccessAction(form: FormData): Promise<void> {
  let outcome: string;
  try {
    const actor = await requireActionActor("user.manage");
    const role = form.get("role");
    const disabled = form.get("disabled");
    await updateUserAccess(getDb(), actor, String(form.get("userId") ?? ""), {
      role: role ? RoleSchema.parse(role) : undefined,
      disabled: disabled === null ? undefined : disabled === "true",
    });
    outcome = "notice=saved";
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    outcome = `error=${encodeURIComponent(error.message)}`;
  }
  redirect(`/admin/users?${outcome}`);
}
