"use server";

import { asActionError } from "@/actions/action-error";
import { redirect } from "next/navigation";
import { requireActionActor } from "@/lib/auth/action-actor";
import { getDb } from "@/lib/db/client";
import { refusalCode } from "@/lib/http/refusal-code";
import { updateUserAccess, type UserAccessChange } from "@/lib/users/update-user-access";

/** One form per row: change the role, or disable/enable the account. The result is shown as a notice. */
export async function updateUserAccessAction(form: FormData): Promise<void> {
  let outcome: string;
  try {
    const actor = await requireActionActor("user.manage");
    const role = form.get("role");
    const disabled = form.get("disabled");
    await updateUserAccess(getDb(), actor, String(form.get("userId") ?? ""), {
      // Checked by updateUserAccess, which refuses an unknown role with a message rather than a server error.
      role: role ? (String(role) as UserAccessChange["role"]) : undefined,
      disabled: disabled === null ? undefined : disabled === "true",
    });
    outcome = "notice=saved";
  } catch (thrown) {
    const error = asActionError(thrown);
    if (!error) throw thrown;
    outcome = `error=${refusalCode(error)}`;
  }
  redirect(`/admin/users?${outcome}`);
}
