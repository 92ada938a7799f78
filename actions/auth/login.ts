"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { signIn } from "@/lib/auth/sign-in";
import { localPath } from "@/lib/http/local-path";

export interface LoginFormState {
  error?: string;
  email?: string;
}

const LoginSchema = z.object({ email: z.string().trim().toLowerCase().max(254), password: z.string().max(256) });

/** Signs in with email and password; throttling, lockout and the audit log live in signIn. */
export async function loginAction(_previous: LoginFormState, form: FormData): Promise<LoginFormState> {
  const parsed = LoginSchema.safeParse({ email: form.get("email"), password: form.get("password") });
  if (!parsed.success || !parsed.data.email || !parsed.data.password) {
    return { error: (await getTranslations("auth.errors"))("missing"), email: String(form.get("email") ?? "") };
  }
  const result = await signIn(parsed.data.email, parsed.data.password, await headers());
  if (!result.ok) {
    const t = await getTranslations("auth.errors");
    return { error: t(result.reason, { minutes: result.minutes ?? 0 }), email: parsed.data.email };
  }
  redirect(localPath(form.get("next")));
}
