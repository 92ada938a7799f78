"use server";

import { defineFormAction, type FormState } from "@/actions/define-form-action";
import { getAuth } from "@/lib/auth/auth";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { UserRefSchema } from "@/lib/users/unlock-user";

export type ResetPasswordState = FormState<{ reset: { email: string; password: string } }>;

export const resetPasswordAction = defineFormAction({
  permission: "user.manage",
  schema: UserRefSchema,
  run: (db, actor, input) => resetUserPassword(db, getAuth(), actor, input),
  done: (reset) => ({ reset }),
});
