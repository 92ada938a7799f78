"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { loginAction, type LoginFormState } from "@/actions/auth/login";
import { Notice } from "@/components/ui/notice";

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations("auth");
  const [state, action, isPending] = useActionState<LoginFormState, FormData>(loginAction, {});
  return (
    <form action={action} className="form card" style={{ maxWidth: 420 }}>
      <div aria-live="polite" role="status">
        {state.error ? <Notice tone="error">{state.error}</Notice> : null}
      </div>
      <input type="hidden" name="next" value={next} />
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input id="email" name="email" type="email" autoComplete="username" defaultValue={state.email} required />
      </div>
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <div>
        <button className="button" type="submit" disabled={isPending}>
          {t("signIn")}
        </button>
      </div>
    </form>
  );
}
