"use server";

import { defineFormAction, type FormState } from "@/actions/define-form-action";
import { getAuth } from "@/lib/auth/auth";
import { createUser, newUserRefusal, NewUserSchema } from "@/lib/users/create-user";

interface Created {
  created: { email: string; oneTimePassword?: string };
}
export type CreateUserState = FormState<Created>;

/** An admin adds an account; it gets a one-time password (a password chosen here would be the admin's, not theirs). */
export const createUserAction = defineFormAction({
  permission: "user.manage",
  schema: NewUserSchema.omit({ password: true }),
  reasonOf: newUserRefusal,
  run: (db, actor, input) => createUser(db, getAuth(), actor, input),
  revalidate: () => "/admin/users",
  done: (user): Created => ({ created: { email: user.email, oneTimePassword: user.password } }),
});
