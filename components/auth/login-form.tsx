"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { loginAction, type LoginFormState } from "@/actions/auth/login";
import { Notice } from "@/components/ui/notice";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations("auth");
  const [state, action, isPending] = useActionState<LoginFormState, FormData>(loginAction, {});
  return (
    <form action={action} className="form card" style={{ maxWidth: 420 }}>
      <div aria-live="polite" role="status">
        {state.error ? <Notice tone="error">{state.error}</Notice> : null}
      </div>
      <input type="hidden" name="next" value={next} />
      <Field htmlFor="email" label={t("email")}>
        <input id="email" name="email" type="email" autoComplete="username" defaultValue={state.email} required />
      </Field>
      <Field htmlFor="password" label={t("password")}>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </Field>
      <div>
        <Button type="submit" disabled={isPending}>
          {t("signIn")}
        </Button>
      </div>
    </form>
  );
}
