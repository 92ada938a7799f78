"use server";

import { asActionError } from "@/actions/action-error";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";
import { signIn } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db/client";
import { localizeError } from "@/lib/i18n/localize-error";
import { createUser } from "@/lib/users/create-user";

export interface SetupFormState {
  error?: { field: string; message: string };
  values?: { name: string; email: string };
}

/** First run: creates the first admin — and refuses once any account exists (createUser checks that itself). */
export async function setupAction(_previous: SetupFormState, form: FormData): Promise<SetupFormState> {
  const values = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? "") };
  const password = String(form.get("password") ?? "");
  try {
    await createUser(getDb(), getAuth(), null, { ...values, password, role: "admin" });
  } catch (thrown) {
    const error = asActionError(thrown);
    if (!error) throw thrown;
    return { error: { field: error.field ?? "email", message: await localizeError(error) }, values };
  }
  await signIn(values.email.trim().toLowerCase(), password, await headers());
  redirect("/");
}
