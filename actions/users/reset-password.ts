"use server";

import { asActionError } from "@/actions/action-error";
import { requireActionActor } from "@/lib/auth/action-actor";
import { getAuth } from "@/lib/auth/auth";
import { getDb } from "@/lib/db/client";
import { localizeError } from "@/lib/i18n/localize-error";
import { resetUserPassword } from "@/lib/users/reset-user-password";

export interface ResetPasswordState {
  error?: string;
  reset?: { email: string; password: string };
}

export async function resetPasswordAction(_previous: ResetPasswordState, form: FormData): Promise<ResetPasswordState> {
  try {
    const actor = await requireActionActor("user.manage");
    return { reset: await resetUserPassword(getDb(), getAuth(), actor, String(form.get("userId") ?? "")) };
  } catch (thrown) {
    const error = asActionError(thrown);
    if (error) return { error: await localizeError(error) };
    throw thrown;
  }
}
