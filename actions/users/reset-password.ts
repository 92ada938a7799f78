"use server";

import { requireActionActor } from "@/lib/auth/action-actor";
import { getAuth } from "@/lib/auth/auth";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
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
  } catch (error) {
    if (error instanceof AppError) return { error: await localizeError(error) };
    throw error;
  }
}
