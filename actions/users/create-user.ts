"use server";

import { asActionError } from "@/actions/action-error";
import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/auth/action-actor";
import { getAuth } from "@/lib/auth/auth";
import { getDb } from "@/lib/db/client";
import { localizeError } from "@/lib/i18n/localize-error";
import { createUser } from "@/lib/users/create-user";

export interface CreateUserState {
  error?: string;
  created?: { email: string; oneTimePassword?: string };
}

export async function createUserAction(_previous: CreateUserState, form: FormData): Promise<CreateUserState> {
  try {
    const actor = await requireActionActor("user.manage");
    const user = await createUser(getDb(), getAuth(), actor, {
      email: String(form.get("email") ?? ""),
      name: String(form.get("name") ?? ""),
      role: String(form.get("role") ?? "viewer") as "viewer",
    });
    revalidatePath("/admin/users");
    return { created: { email: user.email, oneTimePassword: user.password } };
  } catch (thrown) {
    const error = asActionError(thrown);
    if (error) return { error: await localizeError(error) };
    throw thrown;
  }
}
