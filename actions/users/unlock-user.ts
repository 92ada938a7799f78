"use server";

import { asActionError } from "@/actions/action-error";
import { redirect } from "next/navigation";
import { requireActionActor } from "@/lib/auth/action-actor";
import { getDb } from "@/lib/db/client";
import { refusalCode } from "@/lib/http/refusal-code";
import { unlockUser } from "@/lib/users/unlock-user";

/** Lifts the sign-in locks on one account (the button shows beside an account refused for a lock). */
export async function unlockUserAction(form: FormData): Promise<void> {
  let outcome: string;
  try {
    const actor = await requireActionActor("user.manage");
    await unlockUser(getDb(), actor, String(form.get("userId") ?? ""));
    outcome = "notice=unlocked";
  } catch (thrown) {
    const error = asActionError(thrown);
    if (!error) throw thrown;
    outcome = `error=${refusalCode(error)}`;
  }
  redirect(`/admin/users?${outcome}`);
}
